import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Banner, ConsentProvider } from 'charte';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from './App';
import { catalogue } from './catalogue';

// The app's own test file, as a host writes it: no setup file, no polyfill, the kit as installed.
afterEach(() => {
  cleanup();
  document.documentElement.lang = '';
  for (const name of document.cookie.split('; ').map((pair) => pair.split('=')[0])) {
    // biome-ignore lint/suspicious/noDocumentCookie: resets jsdom's cookie jar between tests.
    document.cookie = `${name}=; Max-Age=0; Path=/`;
  }
});

const banner = () => screen.queryByRole('region', { name: 'Vos choix en matière de cookies' });

describe('the quick start, in the app’s own jsdom tests', () => {
  it('shows the banner on a first visit, with statistics off', () => {
    render(<App />);
    expect(banner()).not.toBeNull();
    expect(screen.getByText('Statistiques désactivées.')).toBeTruthy();
    expect(document.cookie).toBe('');
  });

  it('"Tout accepter" hides the banner, mounts the gated content and stores the choice', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Tout accepter' }));
    expect(banner()).toBeNull();
    expect(screen.getByText('Le script de mesure d’audience peut se charger ici.')).toBeTruthy();
    expect(screen.getByText('Mesure d’audience active')).toBeTruthy();
    expect(document.cookie).toMatch(/^charte=2\./);
  });

  it('"Tout refuser" hides the banner and keeps statistics off', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Tout refuser' }));
    expect(banner()).toBeNull();
    expect(screen.getByText('Mesure d’audience désactivée')).toBeTruthy();
    expect(document.cookie).toMatch(/^charte=2\./);
  });

  it('"Personnaliser" opens the dialog; turning statistics on and saving mounts the gated content', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Personnaliser' }));
    const dialog = await screen.findByRole('dialog', { name: 'Préférences de cookies' });
    const statistics = within(dialog).getByRole('switch', { name: 'Statistiques' });
    expect(statistics.getAttribute('aria-checked')).toBe('false');
    await user.click(statistics);
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer mes choix' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(banner()).toBeNull();
    expect(screen.getByText('Le script de mesure d’audience peut se charger ici.')).toBeTruthy();
  });

  // Under the React Compiler (vite.compiler.config.ts), a memoised useKit once kept the French after a load.
  it('in another language, shows its strings once they have loaded: lng="en" alone, then <html lang="de">', async () => {
    render(
      <ConsentProvider catalogue={catalogue} lng="en">
        <Banner />
      </ConsentProvider>,
    );
    const english = await screen.findByRole('region', { name: 'Your cookie choices' });
    expect(english.getAttribute('lang')).toBe('en');
    expect(within(english).getByRole('button', { name: 'Accept all' })).toBeTruthy();
    cleanup();
    document.documentElement.lang = 'de';
    render(<App />);
    const german = await screen.findByRole('region', { name: 'Ihre Cookie-Auswahl' });
    expect(german.getAttribute('lang')).toBe('de');
  });

  it('writes durations in the locale’s own words where it carries them, else in French marked lang="fr"', async () => {
    document.documentElement.lang = 'br';
    render(<App />);
    expect(await screen.findByText('13 miz')).toBeTruthy();
    cleanup();
    document.documentElement.lang = 'ga';
    render(<App />);
    // The table is in French until the Irish strings are in: wait for them, then read the duration's own element.
    const irish = await screen.findByRole('table', { name: 'Fianáin a úsáidtear ar an suíomh seo' });
    expect(irish.getAttribute('lang')).toBe('ga');
    const french = within(irish).getByText('13 mois');
    expect(french.closest('[lang]')?.getAttribute('lang')).toBe('fr');
  });
});
