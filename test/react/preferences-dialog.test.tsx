import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderKit, storedRecord } from './kit';

const NECESSARY = 'Cookies nécessaires au bon fonctionnement de la plateforme / cookies fonctionnels';
const dialog = () => screen.getByRole('dialog', { name: 'Préférences de cookies' });

describe('PreferencesDialog', () => {
  describe('given a first visit, when "Personnaliser" is activated', () => {
    it('opens with every consent switch off (rule 5)', async () => {
      const { user } = renderKit();
      await user.click(screen.getByRole('button', { name: 'Personnaliser' }));
      for (const name of ['Statistiques', 'Vidéos intégrées']) {
        const toggle = within(dialog()).getByRole('switch', { name });
        expect(toggle).toHaveAttribute('aria-checked', 'false');
        expect(toggle).toHaveAttribute('data-state', 'unchecked');
      }
    });

    describe('then statistics are turned on and the choices saved', () => {
      it('grants only statistics, mounts its gate and announces the save', async () => {
        const { user } = renderKit();
        await user.click(screen.getByRole('button', { name: 'Personnaliser' }));
        const statistics = within(dialog()).getByRole('switch', { name: 'Statistiques' });
        await user.click(statistics);
        expect(statistics).toHaveAttribute('aria-checked', 'true');
        expect(statistics).toHaveAttribute('data-state', 'checked');
        await user.click(within(dialog()).getByRole('button', { name: 'Enregistrer mes choix' }));
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
    });

    describe('then Escape is pressed', () => {
      it('closes without saving, brings the banner back and returns focus to the opener (rules 4, 17)', async () => {
        const { user } = renderKit();
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
    });
  });

  describe('the required category', () => {
    it('is on, disabled, explained, and cannot be turned off (rule 6)', async () => {
      const { user } = renderKit();
      await user.click(screen.getByRole('button', { name: 'Personnaliser' }));
      const necessary = screen.getByRole('switch', { name: NECESSARY });
      expect(necessary).toHaveAttribute('aria-checked', 'true');
      expect(necessary).toBeDisabled();
      expect(necessary).toHaveAttribute('data-disabled', '');
      expect(necessary).toHaveAccessibleDescription(/ne requièrent pas votre consentement/);
      await user.click(necessary);
      expect(necessary).toHaveAttribute('aria-checked', 'true');
    });
  });

  describe('exempt audience measurement', () => {
    it('has a section of its own, on, with an opt-out switch (rule 6)', async () => {
      const { user } = renderKit();
      await user.click(screen.getByRole('button', { name: 'Personnaliser' }));
      const section = screen.getByRole('region', { name: 'Exemptés de consentement' });
      const audience = within(section).getByRole('switch', { name: "Mesure d'audience anonyme" });
      expect(audience).toHaveAttribute('aria-checked', 'true');
      expect(audience).toBeEnabled();
      await user.click(audience);
      await user.click(screen.getByRole('button', { name: 'Enregistrer mes choix' }));
      expect(storedRecord()?.categories.audience).toBe(false);
    });
  });

  describe('a category with services', () => {
    it('lists each service with its own switch, and the category’s cookies one click away', async () => {
      const { user } = renderKit();
      await user.click(screen.getByRole('button', { name: 'Personnaliser' }));
      const video = screen.getByRole('region', { name: 'Vidéos intégrées' });
      expect(within(video).getByRole('switch', { name: /Vidéos YouTube/ })).toHaveAttribute('aria-checked', 'false');
      const link = within(video).getByRole('link', { name: 'Politique de confidentialité de Google' });
      expect(link).toHaveAttribute('href', 'https://policies.google.com/privacy');
      // WCAG 2.4.6: each "Voir les cookies" is named with its category.
      await user.click(within(video).getByLabelText('Voir les cookies Vidéos intégrées'));
      expect(within(video).getByRole('table', { name: 'Vidéos intégrées' })).toBeVisible();
      expect(within(video).getByRole('cell', { name: 'VISITOR_INFO1_LIVE' })).toBeInTheDocument();
    });
  });

  describe('given a refusal, when "Gérer mes cookies" is activated', () => {
    it('reopens the preferences from the stored choice; Escape returns focus to the trigger (rule 12)', async () => {
      const { user } = renderKit();
      await user.click(screen.getByRole('button', { name: 'Tout refuser' }));
      const trigger = screen.getByRole('button', { name: 'Gérer mes cookies' });
      await user.click(trigger);
      expect(within(dialog()).getByRole('switch', { name: 'Statistiques' })).toHaveAttribute('aria-checked', 'false');
      await user.keyboard('{Escape}');
      await waitFor(() => expect(trigger).toHaveFocus());
    });

    it('shows the id of the choice in force, so that a request can be matched to its record (rule 27)', async () => {
      const { user } = renderKit();
      await user.click(screen.getByRole('button', { name: 'Tout refuser' }));
      await user.click(screen.getByRole('button', { name: 'Gérer mes cookies' }));
      const id = storedRecord()?.id as string;
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(within(dialog()).getByText(`Identifiant de votre choix : ${id}`)).toBeVisible();
    });
  });

  describe('given a first visit', () => {
    it('shows no choice id, since there is none yet', async () => {
      const { user } = renderKit();
      await user.click(screen.getByRole('button', { name: 'Personnaliser' }));
      expect(within(dialog()).queryByText(/Identifiant de votre choix/)).toBeNull();
    });
  });
});

describe('the controls that open the preferences', () => {
  it('carry aria-haspopup, aria-expanded, aria-controls and data-state, as Radix’s Dialog.Trigger does', async () => {
    const { user } = renderKit();
    const openers = ['Personnaliser', 'Voir la liste des prestataires', 'Gérer mes cookies'].map((name) =>
      screen.getByRole('button', { name }),
    );
    for (const opener of openers) {
      expect(opener).toHaveAttribute('aria-haspopup', 'dialog');
      expect(opener).toHaveAttribute('aria-expanded', 'false');
      expect(opener).toHaveAttribute('data-state', 'closed');
    }
    const controlled = new Set(openers.map((opener) => opener.getAttribute('aria-controls')));
    expect(controlled.size).toBe(1);
    await user.click(openers[2] as HTMLElement);
    expect(dialog().id).toBe([...controlled][0]);
    const hidden = screen.getByRole('button', { name: 'Gérer mes cookies', hidden: true });
    expect(hidden).toHaveAttribute('aria-expanded', 'true');
    expect(hidden).toHaveAttribute('data-state', 'open');
  });
});
