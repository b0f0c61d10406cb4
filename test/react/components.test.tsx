import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import {
  Banner,
  ConsentGate,
  ConsentProvider,
  type ConsentProviderProps,
  CookieTable,
  decodeRecord,
  PreferencesDialog,
  PreferencesTrigger,
} from '../../src';
import { fr } from '../../src/i18n/fr';
import { en } from '../../src/locales/en';
import { montreuilDemo } from '../fixtures/montreuil';

const flatten = (resource: object): string[] =>
  Object.values(resource).flatMap((value) => (typeof value === 'string' ? [value] : flatten(value)));

type Demo = typeof montreuilDemo;

afterEach(() => {
  // biome-ignore lint/suspicious/noDocumentCookie: resets jsdom's cookie jar between tests.
  document.cookie = 'charte=; Max-Age=0; Path=/';
});

function Kit(props: Partial<ConsentProviderProps<Demo>>) {
  return (
    <ConsentProvider catalogue={montreuilDemo} {...(props as object)}>
      <main>
        <p>Portail open data</p>
        <PreferencesTrigger />
        <ConsentGate category="statistics" fallback={<p>Statistiques désactivées</p>}>
          <p>Statistiques actives</p>
        </ConsentGate>
        <ConsentGate service="youtube" fallback={<p>Vidéo bloquée</p>}>
          <p>Lecteur vidéo</p>
        </ConsentGate>
      </main>
      <Banner />
      <PreferencesDialog />
    </ConsentProvider>
  );
}

const storedRecord = () => {
  const value = /(?:^|; )charte=([^;]*)/.exec(document.cookie)?.[1];
  return decodeRecord(value, montreuilDemo, Date.now());
};

describe('Banner', () => {
  it('given a first visit, shows a region named by its title with three buttons in one group', () => {
    render(<Kit />);
    const banner = screen.getByRole('region', { name: 'Vos choix en matière de cookies' });
    const group = within(banner).getByRole('group', { name: 'Vos choix en matière de cookies' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Tout accepter', 'Tout refuser', 'Personnaliser']);
    expect(within(banner).getByRole('button', { name: 'Voir la liste des prestataires' })).toBeVisible();
    expect(banner).toHaveAttribute('lang', 'fr');
    expect(document.cookie).not.toContain('charte=');
  });

  it('when "Tout refuser" is activated, writes a refusal cookie and hides the banner', async () => {
    const user = userEvent.setup();
    render(<Kit />);
    await user.click(screen.getByRole('button', { name: 'Tout refuser' }));
    expect(screen.queryByRole('region', { name: 'Vos choix en matière de cookies' })).toBeNull();
    expect(storedRecord()).toMatchObject({
      method: 'reject-all',
      categories: { necessary: true, statistics: false, video: false },
    });
    expect(screen.getByText('Statistiques désactivées')).toBeInTheDocument();
  });

  it('when "Tout accepter" is activated, mounts every gated component', async () => {
    const user = userEvent.setup();
    render(<Kit />);
    await user.click(screen.getByRole('button', { name: 'Tout accepter' }));
    expect(screen.getByText('Statistiques actives')).toBeInTheDocument();
    expect(screen.getByText('Lecteur vidéo')).toBeInTheDocument();
    expect(storedRecord()?.method).toBe('accept-all');
  });

  it('"Voir la liste des prestataires" opens the preferences, which name every provider, in one activation (rule 7)', async () => {
    const user = userEvent.setup();
    render(<Kit />);
    await user.click(screen.getByRole('button', { name: 'Voir la liste des prestataires' }));
    const dialog = screen.getByRole('dialog', { name: 'Préférences de cookies' });
    for (const provider of new Set(Object.values(montreuilDemo.services).map((service) => service.provider))) {
      expect(
        within(dialog).getAllByText(new RegExp(`\\(${provider.replace(/[()]/g, '\\$&')}\\)`)).length,
      ).toBeGreaterThan(0);
    }
  });

  it('"Continuer sans accepter" is off by default and refuses when enabled', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Kit />);
    expect(screen.queryByRole('button', { name: 'Continuer sans accepter' })).toBeNull();
    unmount();
    render(
      <ConsentProvider catalogue={montreuilDemo}>
        <Banner continueWithoutAccepting />
      </ConsentProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Continuer sans accepter' }));
    expect(storedRecord()?.categories.statistics).toBe(false);
    expect(screen.queryByRole('region')).toBeNull();
  });
});

describe('PreferencesDialog', () => {
  it('customise, toggle statistics, save: grants only statistics and announces it', async () => {
    const user = userEvent.setup();
    render(<Kit />);
    await user.click(screen.getByRole('button', { name: 'Personnaliser' }));
    const dialog = screen.getByRole('dialog', { name: 'Préférences de cookies' });
    const statistics = within(dialog).getByRole('switch', { name: 'Statistiques' });
    expect(statistics).toHaveAttribute('aria-checked', 'false');
    expect(within(dialog).getByRole('switch', { name: 'Vidéos intégrées' })).toHaveAttribute('aria-checked', 'false');
    await user.click(statistics);
    expect(statistics).toHaveAttribute('aria-checked', 'true');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer mes choix' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(storedRecord()).toMatchObject({
      method: 'custom',
      categories: { necessary: true, audience: true, statistics: true, video: false },
      services: { analytics: true, youtube: false },
    });
    expect(screen.getByText('Statistiques actives')).toBeInTheDocument();
    expect(screen.getByText('Vidéo bloquée')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Vos choix ont été enregistrés.');
  });

  it('the required switch is on, disabled, explained, and cannot be turned off', async () => {
    const user = userEvent.setup();
    render(<Kit />);
    await user.click(screen.getByRole('button', { name: 'Personnaliser' }));
    const necessary = screen.getByRole('switch', {
      name: 'Cookies nécessaires au bon fonctionnement de la plateforme / cookies fonctionnels',
    });
    expect(necessary).toHaveAttribute('aria-checked', 'true');
    expect(necessary).toBeDisabled();
    expect(necessary).toHaveAccessibleDescription(/ne requièrent pas votre consentement/);
    await user.click(necessary);
    expect(necessary).toHaveAttribute('aria-checked', 'true');
  });

  it('lists exempt audience measurement in its own section, on, with an opt-out switch', async () => {
    const user = userEvent.setup();
    render(<Kit />);
    await user.click(screen.getByRole('button', { name: 'Personnaliser' }));
    const section = screen.getByRole('region', { name: 'Exemptés de consentement' });
    const audience = within(section).getByRole('switch', { name: "Mesure d'audience anonyme" });
    expect(audience).toHaveAttribute('aria-checked', 'true');
    expect(audience).toBeEnabled();
    await user.click(audience);
    await user.click(screen.getByRole('button', { name: 'Enregistrer mes choix' }));
    expect(storedRecord()?.categories.audience).toBe(false);
  });

  it('lists each service with its own switch, and each category’s cookies one click away', async () => {
    const user = userEvent.setup();
    render(<Kit />);
    await user.click(screen.getByRole('button', { name: 'Personnaliser' }));
    const video = screen.getByRole('region', { name: 'Vidéos intégrées' });
    expect(within(video).getByRole('switch', { name: 'Vidéos YouTube (Google)' })).toHaveAttribute(
      'aria-checked',
      'false',
    );
    const link = within(video).getByRole('link', { name: 'Politique de confidentialité de Google' });
    expect(link).toHaveAttribute('href', 'https://policies.google.com/privacy');
    const disclosure = within(video).getByText('Voir les cookies');
    await user.click(disclosure);
    expect(within(video).getByRole('table', { name: 'Vidéos intégrées' })).toBeVisible();
    expect(within(video).getByRole('cell', { name: 'VISITOR_INFO1_LIVE' })).toBeInTheDocument();
  });

  it('Escape closes it without saving, brings the banner back and returns focus to the opener', async () => {
    const user = userEvent.setup();
    render(<Kit />);
    const customise = screen.getByRole('button', { name: 'Personnaliser' });
    await user.click(customise);
    await user.click(screen.getByRole('switch', { name: 'Statistiques' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.cookie).not.toContain('charte=');
    expect(screen.getByRole('region', { name: 'Vos choix en matière de cookies' })).toBeInTheDocument();
    expect(screen.getByText('Statistiques désactivées')).toBeInTheDocument();
    await waitFor(() => expect(customise).toHaveFocus());
  });

  it('the trigger reopens it after a refusal, starting from the stored choice', async () => {
    const user = userEvent.setup();
    render(<Kit />);
    await user.click(screen.getByRole('button', { name: 'Tout refuser' }));
    const trigger = screen.getByRole('button', { name: 'Gérer mes cookies' });
    await user.click(trigger);
    const dialog = screen.getByRole('dialog', { name: 'Préférences de cookies' });
    expect(within(dialog).getByRole('switch', { name: 'Statistiques' })).toHaveAttribute('aria-checked', 'false');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(trigger).toHaveFocus());
  });
});

describe('CookieTable', () => {
  it('has one row per catalogue cookie plus the kit’s own, under the charter’s headers', () => {
    render(
      <ConsentProvider catalogue={montreuilDemo}>
        <CookieTable />
      </ConsentProvider>,
    );
    const table = screen.getByRole('table', { name: 'Cookies utilisés sur ce site' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Nom du prestataire', 'Service et emplacement', 'Nom du cookie', 'Finalités', 'Durée']);
    const declared = Object.values(montreuilDemo.services).reduce(
      (count, service) => count + service.cookies.length,
      0,
    );
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(declared + 1);
    expect(rows.at(-1)?.textContent).toBe(
      'Ce siteChoix concernant vos préférences sur les cookiescharte' +
        'Permet de se souvenir du choix opéré par le visiteur concernant les cookies6\u00a0mois',
    );
    expect(within(table).getByRole('cell', { name: '_pk_id.*' })).toBeInTheDocument();
    expect(within(table).getAllByRole('cell', { name: '13\u00a0mois' })).toHaveLength(3);
  });

  it('filters by category and by service', () => {
    render(
      <ConsentProvider catalogue={montreuilDemo}>
        <CookieTable category="statistics" caption="Statistiques" />
        <CookieTable service={['youtube', 'matomo']} caption="Services choisis" />
      </ConsentProvider>,
    );
    const statistics = screen.getByRole('table', { name: 'Statistiques' });
    expect(within(statistics).getAllByRole('row')).toHaveLength(3);
    const chosen = screen.getByRole('table', { name: 'Services choisis' });
    expect(
      within(chosen)
        .getAllByRole('row')
        .map((row) => (row as HTMLTableRowElement).cells[2]?.textContent),
    ).toEqual(['Nom du cookie', '_pk_id.*', 'VISITOR_INFO1_LIVE']);
  });
});

describe('languages', () => {
  it('switching lng to en changes every visible string, catalogue texts included', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Kit translations={{ en }} />);
    await user.click(screen.getByRole('button', { name: 'Personnaliser' }));
    expect(screen.getByRole('switch', { name: 'Statistiques' })).toBeInTheDocument();
    rerender(<Kit lng="en" translations={{ en }} />);
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
    const frenchOnly = [montreuilDemo.categories.necessary, ...Object.values(montreuilDemo.services)].flatMap((entry) =>
      flatten(entry).filter((text) => typeof text === 'string'),
    );
    const frenchKitStrings = flatten(fr).filter(
      (text) => !text.includes('{{') && !frenchOnly.some((own) => own.includes(text)),
    );
    expect(frenchKitStrings.filter((text) => kitText.includes(text))).toEqual([]);
  });

  it('a missing English catalogue text falls back to French, never to a key', async () => {
    const user = userEvent.setup();
    render(<Kit lng="en" translations={{ en }} />);
    await user.click(screen.getByRole('button', { name: 'Customise' }));
    const necessary = screen.getByRole('region', {
      name: 'Cookies nécessaires au bon fonctionnement de la plateforme / cookies fonctionnels',
    });
    expect(within(necessary).getByText(/Les cookies « nécessaires »/)).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('\u001f');
    expect(document.body.textContent).not.toMatch(/\b(banner|preferences|table|duration|category)\.[a-z]/);
  });
});
