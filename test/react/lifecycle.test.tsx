import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  Banner,
  ConsentGate,
  ConsentProvider,
  type ConsentRecord,
  createConsentStore,
  decodeRecord,
  PreferencesDialog,
  PreferencesTrigger,
} from '../../src';
import { en } from '../../src/locales/en';
import { montreuilDemo, revised } from '../fixtures/montreuil';

afterEach(() => {
  vi.unstubAllGlobals();
});

function Page({ catalogue, ...props }: { catalogue: typeof montreuilDemo | typeof revised; lng?: string }) {
  return (
    <ConsentProvider catalogue={catalogue} {...props} translations={{ en }}>
      <PreferencesTrigger />
      <ConsentGate category="statistics" fallback={<p>Statistiques désactivées</p>}>
        <p>Statistiques actives</p>
      </ConsentGate>
      <Banner continueWithoutAccepting />
      <PreferencesDialog />
    </ConsentProvider>
  );
}

const stored = (catalogue: typeof montreuilDemo | typeof revised = montreuilDemo) =>
  decodeRecord(/(?:^|; )charte=([^;]*)/.exec(document.cookie)?.[1], catalogue, Date.now());

describe('the kit across a revision bump (rule 9)', () => {
  describe('given a visitor who accepted under revision 1', () => {
    function acceptedUnderRevisionOne() {
      const store = createConsentStore({ catalogue: montreuilDemo });
      store.hydrate();
      store.send({ type: 'ACCEPT_ALL' });
    }

    it('shows the banner again, told what changed, with nothing optional running', async () => {
      acceptedUnderRevisionOne();
      render(<Page catalogue={revised} />);
      const banner = await screen.findByRole('region', { name: 'Vos choix en matière de cookies' });
      expect(
        within(banner).getByText('Nous avons ajouté les cartes interactives et précisé l’usage des vidéos.'),
      ).toBeVisible();
      expect(screen.getByText('Statistiques désactivées')).toBeInTheDocument();
    });

    describe('when "Personnaliser" then "Enregistrer mes choix" are activated', () => {
      it('finds the dialog pre-filled with unchanged choices, the new and reworded purposes off, and saves them', async () => {
        acceptedUnderRevisionOne();
        render(<Page catalogue={revised} />);
        await userEvent.click(await screen.findByRole('button', { name: 'Personnaliser' }));
        const dialog = screen.getByRole('dialog', { name: 'Préférences de cookies' });
        expect(within(dialog).getByRole('switch', { name: 'Statistiques' })).toBeChecked();
        expect(within(dialog).getByRole('switch', { name: 'Vidéos intégrées' })).not.toBeChecked();
        expect(within(dialog).getByRole('switch', { name: 'Cartes' })).not.toBeChecked();
        await userEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer mes choix' }));
        expect(stored(revised)).toMatchObject({
          revision: 2,
          method: 'custom',
          categories: { statistics: true, video: false, maps: false },
        });
        expect(screen.getByText('Statistiques actives')).toBeInTheDocument();
      });
    });
  });

  describe('given a first visit', () => {
    it('shows no revision message', async () => {
      render(<Page catalogue={revised} />);
      await screen.findByRole('region', { name: 'Vos choix en matière de cookies' });
      expect(screen.queryByText(/cartes interactives/)).toBeNull();
    });
  });
});

describe('the proof record from the UI (rule 10)', () => {
  describe('given an English banner offering to continue without accepting', () => {
    describe('when "Continue without accepting" is activated', () => {
      it('records the language the visitor saw and how the banner was closed', async () => {
        const recorded: ConsentRecord[] = [];
        render(
          <ConsentProvider
            catalogue={montreuilDemo}
            lng="en"
            translations={{ en }}
            onConsentRecorded={(record) => recorded.push(record)}
          >
            <Banner continueWithoutAccepting />
          </ConsentProvider>,
        );
        await userEvent.click(await screen.findByRole('button', { name: 'Continue without accepting' }));
        expect(recorded).toHaveLength(1);
        expect(recorded[0]).toMatchObject({
          lng: 'en',
          method: 'continue-without-accepting',
          categories: { statistics: false, video: false },
        });
        expect(stored()?.method).toBe('continue-without-accepting');
      });
    });
  });
});

describe('Global Privacy Control (rule 14)', () => {
  describe('given a browser that sends the signal, and no choice', () => {
    it('records a refusal without a banner, and the dialog says the signal was honoured', async () => {
      vi.stubGlobal('navigator', { ...navigator, globalPrivacyControl: true });
      render(<Page catalogue={montreuilDemo} />);
      await userEvent.click(await screen.findByRole('button', { name: 'Gérer mes cookies' }));
      expect(screen.queryByRole('region', { name: 'Vos choix en matière de cookies' })).toBeNull();
      expect(stored()?.method).toBe('gpc');
      const dialog = screen.getByRole('dialog', { name: 'Préférences de cookies' });
      expect(within(dialog).getByText(/^Votre navigateur envoie le signal Global Privacy Control/)).toBeVisible();
      await userEvent.click(within(dialog).getByRole('button', { name: 'Tout accepter' }));
      expect(stored()?.method).toBe('accept-all');
      expect(screen.getByText('Statistiques actives')).toBeInTheDocument();
    });
  });
});
