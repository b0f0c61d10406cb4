import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { montreuilDemo, revised } from '../fixtures/montreuil';

// test/setup.ts loads the dialog's body up front; these tests take a fresh copy of the kit, where it is not loaded.
async function freshKit() {
  vi.resetModules();
  return import('../../src');
}

/** Holds the dialog's body until `release()`, as a slow network would. */
function holdTheBody() {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  vi.doMock('../../src/react/preferences-content', async (importOriginal) => {
    await held;
    return importOriginal();
  });
  return () => act(async () => release());
}

async function renderPage({ catalogue = montreuilDemo as typeof montreuilDemo | typeof revised } = {}) {
  const kit = await freshKit();
  const { Banner, ConsentEmbed, ConsentProvider, PreferencesDialog, PreferencesTrigger } = kit;
  render(
    <ConsentProvider catalogue={catalogue}>
      <PreferencesTrigger />
      <ConsentEmbed service="youtube">
        <p>Lecteur vidéo</p>
      </ConsentEmbed>
      <Banner />
      <PreferencesDialog />
    </ConsentProvider>,
  );
  return kit;
}

const stored = async (catalogue: typeof montreuilDemo | typeof revised) => {
  const { decodeRecord } = await import('../../src');
  return decodeRecord(/(?:^|; )charte=([^;]*)/.exec(document.cookie)?.[1], catalogue, Date.now());
};

afterEach(() => {
  vi.doUnmock('../../src/react/preferences-content');
  vi.unstubAllGlobals();
});

describe('the preferences dialog, loaded on first opening', () => {
  describe('given its body still loading', () => {
    describe('when "Personnaliser" is activated and focus moves before the body arrives', () => {
      it('opens once its body arrives, and Escape gives focus back to the control that opened it, not to where focus went meanwhile', async () => {
        const release = holdTheBody();
        await renderPage();
        const customise = await screen.findByRole('button', { name: 'Personnaliser' });
        await userEvent.click(customise);
        expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
        expect(customise).toHaveFocus();
        screen.getByRole('button', { name: 'Tout accepter' }).focus();
        await release();
        const dialog = await screen.findByRole('dialog', { name: 'Préférences de cookies' });
        await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));
        await userEvent.keyboard('{Escape}');
        expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
        expect(customise).toHaveFocus();
      });
    });
  });

  describe('given a first visit', () => {
    describe('when a choice is saved in it', () => {
      it('announces the decision in the status region', async () => {
        await renderPage();
        await userEvent.click(await screen.findByRole('button', { name: 'Personnaliser' }));
        await screen.findByRole('dialog');
        await userEvent.click(screen.getByRole('button', { name: 'Enregistrer mes choix' }));
        expect(screen.getByRole('status')).toHaveTextContent('Vos choix ont été enregistrés.');
        expect(screen.getByRole('status')).toHaveAttribute('lang', 'fr');
      });
    });
  });

  describe('given a revision bump, with its body still loading', () => {
    describe('when "Toujours autoriser" is activated', () => {
      it('grants over the choice in force, not over the pre-filled draft', async () => {
        const { createConsentStore } = await freshKit();
        const before = createConsentStore({ catalogue: montreuilDemo });
        before.hydrate();
        before.send({ type: 'ACCEPT_ALL' });
        const release = holdTheBody();
        await renderPage({ catalogue: revised });
        await userEvent.click(await screen.findByRole('button', { name: 'Personnaliser' }));
        await userEvent.click(screen.getByRole('button', { name: 'Toujours autoriser' }));
        expect(await screen.findByText('Lecteur vidéo')).toBeInTheDocument();
        const record = await stored(revised);
        expect(record?.services).toMatchObject({ youtube: true, analytics: false });
        expect(record?.categories).toMatchObject({ statistics: false });
        await release();
        expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      });
    });
  });

  describe('given a returning visitor', () => {
    it('shows no banner, and while closed creates no i18next instance nor reads any string', async () => {
      const kit = await freshKit();
      const store = kit.createConsentStore({ catalogue: montreuilDemo });
      store.hydrate();
      store.send({ type: 'REJECT_ALL' });
      const createInstance = vi.spyOn(i18next, 'createInstance');
      render(
        <kit.ConsentProvider catalogue={montreuilDemo}>
          <kit.Banner />
          <kit.PreferencesDialog />
        </kit.ConsentProvider>,
      );
      await waitFor(() => expect(document.querySelector('[data-part="status"]')).toBeInTheDocument());
      expect(screen.queryByRole('region')).not.toBeInTheDocument();
      expect(document.querySelector('[data-part="banner"]')).toBeNull();
      expect(createInstance).not.toHaveBeenCalled();
    });
  });
});
