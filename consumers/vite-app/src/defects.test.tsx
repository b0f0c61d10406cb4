import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  Banner,
  ConsentProvider,
  CookieTable,
  createConsentStore,
  memoryAdapter,
  PreferencesDialog,
  PreferencesTrigger,
} from 'charte';
import { CatalogueError, defineCatalogue } from 'charte/core';
import { en } from 'charte/locales/en';
import { activateScripts } from 'charte/scripts';
import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  // biome-ignore lint/suspicious/noDocumentCookie: resets jsdom's cookie jar between tests.
  document.cookie = 'charte=; Max-Age=0; Path=/';
});

const catalogue = defineCatalogue({
  revision: 1,
  categories: {
    necessary: { required: true },
    statistics: { title: 'Statistiques', description: 'Mesurer la fréquentation.' },
  },
  services: {
    matomo: {
      category: 'statistics',
      provider: 'Matomo',
      title: 'Mesure d’audience',
      cookies: [{ name: '_pk_id', purpose: 'Distinguer les visiteurs.', duration: 395 }],
    },
  },
});

describe('in a jsdom test suite with no setup file', () => {
  it('renders the banner, though jsdom has no ResizeObserver', () => {
    expect(globalThis.ResizeObserver).toBeUndefined();
    render(
      <ConsentProvider catalogue={catalogue}>
        <Banner />
      </ConsentProvider>,
    );
    expect(screen.getByRole('region', { name: 'Vos choix en matière de cookies' })).toBeTruthy();
  });

  it('names the component the host wrote when it is outside the provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<Banner />)).toThrow('`Banner` must be used within `ConsentProvider`');
    expect(() => render(<PreferencesDialog />)).toThrow('`PreferencesDialog` must be used within `ConsentProvider`');
  });
});

describe('a required category with no wording of its own', () => {
  it('gets the kit’s wording in the visitor’s language, in the dialog and the table', async () => {
    const user = userEvent.setup();
    render(
      <ConsentProvider catalogue={catalogue}>
        <PreferencesTrigger />
        <PreferencesDialog />
        <CookieTable category="necessary" />
      </ConsentProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Gérer mes cookies' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('heading', { name: 'Cookies nécessaires' })).toBeTruthy();
    expect(within(dialog).getByRole('switch', { name: 'Cookies nécessaires' }).getAttribute('aria-checked')).toBe(
      'true',
    );
  });
});

describe('the language', () => {
  it('shows a built-in language from lng alone, its strings loaded on demand', async () => {
    render(
      <ConsentProvider catalogue={catalogue} lng="en">
        <Banner />
      </ConsentProvider>,
    );
    expect(await screen.findByRole('button', { name: 'Accept all' })).toBeTruthy();
  });

  it('warns once, in development, when a language has no strings, and says how to give them', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const page = (
      <ConsentProvider catalogue={catalogue} lng="sw">
        <Banner />
      </ConsentProvider>
    );
    render(page);
    render(page);
    const warnings = () => warn.mock.calls.map((call) => String(call[0])).filter((text) => text.includes('"sw"'));
    await waitFor(() => expect(warnings()).toHaveLength(1));
    expect(warnings()[0]).toContain('translations');
  });

  it('marks a catalogue text that falls back to French with lang="fr"', () => {
    render(
      <ConsentProvider catalogue={catalogue} lng="en" translations={{ en }}>
        <CookieTable />
      </ConsentProvider>,
    );
    const table = screen.getByRole('table');
    expect(table.getAttribute('lang')).toBe('en');
    const service = within(table).getByText('Mesure d’audience');
    expect(service.closest('[lang]')?.getAttribute('lang')).toBe('fr');
  });

  it('refuses an i18next instance that was never initialised, naming the prop', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const host = i18next.createInstance();
    expect(() =>
      render(
        <ConsentProvider catalogue={catalogue} i18n={host}>
          <Banner />
        </ConsentProvider>,
      ),
    ).toThrow(/`i18n`.*init/);
  });
});

describe('gated scripts', () => {
  it('runs a `data-service="!matomo"` script once the visitor refuses that service', () => {
    document.body.innerHTML =
      '<script type="text/plain" data-category="statistics" data-service="!matomo">window.refused = true</script>';
    const store = createConsentStore({ catalogue, storage: memoryAdapter() });
    const stop = activateScripts(store);
    store.hydrate();
    expect(document.querySelector('script[type="text/plain"]')).not.toBeNull();
    store.send({ type: 'REJECT_ALL' });
    expect(document.querySelector('script[type="text/plain"]')).toBeNull();
    expect(document.querySelector('script[data-service="!matomo"]')).not.toBeNull();
    stop();
    document.body.innerHTML = '';
  });
});

describe('the catalogue', () => {
  it('refuses an exempt audience cookie that lives over 13 months, naming the path', () => {
    const define = () =>
      defineCatalogue({
        revision: 1,
        categories: { audience: { exempt: true, title: 'Audience', description: 'Mesure anonyme.' } },
        services: {
          matomo: {
            category: 'audience',
            provider: 'Matomo',
            title: 'Matomo',
            cookies: [{ name: '_pk_id', purpose: 'Distinguer les visiteurs.', duration: 400 }],
          },
        },
      });
    expect(define).toThrow(CatalogueError);
    expect(define).toThrow(/^services\.matomo\.cookies\.0\.duration: /);
  });
});
