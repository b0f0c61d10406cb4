import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fr } from '../../src/i18n/fr';
import { en } from '../../src/locales/en';
import { montreuilDemo } from '../fixtures/montreuil';
import { KitPage, renderKit } from './kit';

const flatten = (resource: object): string[] =>
  Object.values(resource).flatMap((value) => (typeof value === 'string' ? [value] : flatten(value)));

describe('the kit in another language', () => {
  describe('given the kit in French with English translations', () => {
    describe('when lng switches to en', () => {
      it('changes every visible string, catalogue texts included', async () => {
        const { user, rerender } = renderKit({ translations: { en } });
        await user.click(screen.getByRole('button', { name: 'Personnaliser' }));
        expect(screen.getByRole('switch', { name: 'Statistiques' })).toBeInTheDocument();
        rerender(<KitPage lng="en" translations={{ en }} />);
        const dialog = screen.getByRole('dialog', { name: 'Cookie preferences' });
        expect(dialog).toHaveAttribute('lang', 'en');
        expect(within(dialog).getByRole('switch', { name: 'Statistics' })).toBeInTheDocument();
        expect(within(dialog).getByRole('switch', { name: 'Embedded videos' })).toBeInTheDocument();
        expect(within(dialog).getByText('Track the pages you visit to improve the portal.')).toBeInTheDocument();
        expect(within(dialog).getByRole('button', { name: 'Save my choices' })).toBeInTheDocument();
        // The modal dialog hides the rest of the page from assistive technologies.
        const banner = screen.getByRole('region', { name: 'Your cookie choices', hidden: true });
        const trigger = screen.getByRole('button', { name: 'Manage my cookies', hidden: true });
        const kitText = [banner, dialog, trigger].map((element) => element.textContent).join('\n');
        // Catalogue texts written only in French stay French, by design.
        const frenchOnly = [montreuilDemo.categories.necessary, ...Object.values(montreuilDemo.services)].flatMap(
          (entry) => flatten(entry).filter((text) => typeof text === 'string'),
        );
        const frenchKitStrings = flatten(fr).filter(
          (text) => !text.includes('{{') && !frenchOnly.some((own) => own.includes(text)),
        );
        expect(frenchKitStrings.filter((text) => kitText.includes(text))).toEqual([]);
      });
    });
  });

  describe('given lng="en" and a catalogue text with no English', () => {
    it('falls back to French, never to a key', async () => {
      const { user } = renderKit({ lng: 'en', translations: { en } });
      await user.click(screen.getByRole('button', { name: 'Customise' }));
      const necessary = screen.getByRole('region', {
        name: 'Cookies nécessaires au bon fonctionnement de la plateforme / cookies fonctionnels',
      });
      expect(within(necessary).getByText(/Les cookies « nécessaires »/)).toBeInTheDocument();
      expect(document.body.textContent).not.toContain('\u001f');
      expect(document.body.textContent).not.toMatch(/\b(banner|preferences|table|duration|category)\.[a-z]/);
    });
  });
});
