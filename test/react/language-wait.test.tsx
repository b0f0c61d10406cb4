import { act, render, screen, waitFor, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { Banner, ConsentProvider, PreferencesDialog } from '../../src';
import { montreuilDemo } from '../fixtures/montreuil';
import { hydrateReports } from './kit';

// Italian's strings never arrive here: a network that hangs.
vi.mock('../../src/locales/it', () => new Promise(() => {}));

/** Each language the banner was in, in turn, and each thing the status region said. */
function record() {
  const languages: (string | null)[] = [];
  const said: string[] = [];
  const observer = new MutationObserver(() => {
    const banner = document.querySelector('[data-part="banner"]');
    if (banner && languages.at(-1) !== banner.getAttribute('lang')) languages.push(banner.getAttribute('lang'));
    const status = document.querySelector('[role="status"]')?.textContent;
    if (status && said.at(-1) !== status) said.push(status);
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  return { languages, said, stop: () => observer.disconnect() };
}

const kit = (lng: string, server: { serverConsent?: null } = {}) => (
  <ConsentProvider catalogue={montreuilDemo} lng={lng} {...server}>
    <Banner />
    <PreferencesDialog />
  </ConsentProvider>
);

describe('the banner while its language loads, in a browser app', () => {
  // Transformed once beforehand, as a built chunk is ready to serve: the wait is for the network, not for Vite. This
  // leaves the kit's own table of loaded languages empty.
  beforeAll(async () => {
    await import('../../src/i18n/load-locale');
    await import('../../src/locales/de');
  });

  describe('given a page in German, with no strings preloaded', () => {
    it('first appears in German, and its title is announced in German alone', async () => {
      const page = record();
      render(kit('de'));
      expect(screen.queryByRole('region')).toBeNull();
      const banner = await screen.findByRole('region', { name: 'Ihre Cookie-Auswahl' });
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Ihre Cookie-Auswahl'));
      page.stop();
      expect(banner).toHaveAttribute('lang', 'de');
      expect(page.languages).toEqual(['de']);
      expect(page.said).toEqual(['Ihre Cookie-Auswahl']);
    });
  });

  describe('given a page in Italian whose strings never arrive', () => {
    it('shows no banner for a second, then the French one, marked lang="fr"', async () => {
      vi.useFakeTimers();
      try {
        render(kit('it'));
        await act(async () => vi.advanceTimersByTime(999));
        expect(screen.queryByRole('region')).toBeNull();
        await act(async () => vi.advanceTimersByTime(1));
        expect(screen.getByRole('region', { name: 'Vos choix en matière de cookies' })).toHaveAttribute('lang', 'fr');
      } finally {
        vi.useRealTimers();
      }
    });
  });

  describe('given a banner already shown in French', () => {
    describe('when the page asks for a language still on its way', () => {
      it('stays shown, in French until the strings arrive', () => {
        const view = render(kit('fr'));
        const banner = screen.getByRole('region', { name: 'Vos choix en matière de cookies' });
        view.rerender(kit('it'));
        expect(screen.getByRole('region', { name: 'Vos choix en matière de cookies' })).toBe(banner);
        expect(banner).toHaveAttribute('lang', 'fr');
      });
    });
  });

  describe('given a banner rendered on a server before its language was loaded', () => {
    it('is in the server’s HTML in French, and hydrating keeps it at once: no mismatch', async () => {
      // `null`: the server read the request and found no choice, so its HTML has the banner.
      const noChoice = { serverConsent: null };
      const container = document.createElement('div');
      container.innerHTML = renderToString(kit('it', noChoice));
      document.body.append(container);
      expect(within(container).getByRole('region', { name: 'Vos choix en matière de cookies' })).toBeTruthy();
      expect(await hydrateReports(container, kit('it', noChoice))).toEqual([]);
      expect(within(container).getByRole('region', { name: 'Vos choix en matière de cookies' })).toHaveAttribute(
        'lang',
        'fr',
      );
      container.remove();
    });
  });
});
