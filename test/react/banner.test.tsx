import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Banner, ConsentProvider } from '../../src';
import { montreuilDemo } from '../fixtures/montreuil';
import { banner, renderKit, storedRecord } from './kit';

describe('Banner', () => {
  describe('given a first visit', () => {
    it('shows a region named by its title, in French, with three buttons in one group', () => {
      renderKit();
      const region = banner() as HTMLElement;
      const group = within(region).getByRole('group', { name: 'Vos choix en matière de cookies' });
      expect(
        within(group)
          .getAllByRole('button')
          .map((button) => button.textContent),
      ).toEqual(['Tout accepter', 'Tout refuser', 'Personnaliser']);
      expect(within(region).getByRole('button', { name: 'Voir la liste des prestataires' })).toBeVisible();
      expect(region).toHaveAttribute('lang', 'fr');
      expect(document.cookie).not.toContain('charte=');
    });

    describe('when "Tout refuser" is activated', () => {
      it('writes a refusal, hides the banner and keeps the gates closed', async () => {
        const { user } = renderKit();
        await user.click(screen.getByRole('button', { name: 'Tout refuser' }));
        expect(banner()).toBeNull();
        expect(storedRecord()).toMatchObject({
          method: 'reject-all',
          categories: { necessary: true, statistics: false, video: false },
        });
        expect(screen.getByText('Statistiques désactivées')).toBeInTheDocument();
      });
    });

    describe('when "Tout accepter" is activated', () => {
      it('mounts every gated component and records the acceptance', async () => {
        const { user } = renderKit();
        await user.click(screen.getByRole('button', { name: 'Tout accepter' }));
        expect(screen.getByText('Statistiques actives')).toBeInTheDocument();
        expect(screen.getByText('Lecteur vidéo')).toBeInTheDocument();
        expect(storedRecord()?.method).toBe('accept-all');
      });
    });

    describe('when "Voir la liste des prestataires" is activated', () => {
      it('opens the preferences, which name every provider, in one activation (rule 7)', async () => {
        const { user } = renderKit();
        await user.click(screen.getByRole('button', { name: 'Voir la liste des prestataires' }));
        const dialog = screen.getByRole('dialog', { name: 'Préférences de cookies' });
        for (const provider of new Set(Object.values(montreuilDemo.services).map((service) => service.provider))) {
          expect(within(dialog).getAllByText(provider, { exact: false }).length).toBeGreaterThan(0);
        }
      });
    });
  });

  describe('"Continuer sans accepter"', () => {
    it('is not shown by default', () => {
      renderKit();
      expect(screen.queryByRole('button', { name: 'Continuer sans accepter' })).toBeNull();
    });

    it('when shown and activated, records a refusal', async () => {
      const user = userEvent.setup();
      render(
        <ConsentProvider catalogue={montreuilDemo}>
          <Banner continueWithoutAccepting />
        </ConsentProvider>,
      );
      await user.click(screen.getByRole('button', { name: 'Continuer sans accepter' }));
      expect(storedRecord()).toMatchObject({ method: 'continue-without-accepting', categories: { statistics: false } });
      expect(screen.queryByRole('region')).toBeNull();
    });
  });

  describe('given a returning visitor', () => {
    it('renders nothing', async () => {
      const { user, unmount } = renderKit();
      await user.click(screen.getByRole('button', { name: 'Tout refuser' }));
      unmount();
      renderKit();
      expect(banner()).toBeNull();
    });
  });
});
