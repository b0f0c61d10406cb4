import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { montreuilDemo } from '../fixtures/montreuil';

// test/setup.ts loads the dialog's body up front; these tests take a fresh copy of the kit, where it is not loaded.
async function freshKit() {
  vi.resetModules();
  return import('../../src');
}

async function renderPage() {
  const { Banner, ConsentProvider, PreferencesDialog, PreferencesTrigger } = await freshKit();
  render(
    <ConsentProvider catalogue={montreuilDemo}>
      <PreferencesTrigger />
      <Banner />
      <PreferencesDialog />
    </ConsentProvider>,
  );
}

afterEach(() => {
  vi.doUnmock('../../src/react/preferences-content');
  // biome-ignore lint/suspicious/noDocumentCookie: resets jsdom's cookie jar between tests.
  document.cookie = 'charte=; Max-Age=0; Path=/';
});

describe('the preferences dialog, loaded on first opening', () => {
  it('opens on the first click although its body was not loaded, with focus inside, and gives it back on Escape', async () => {
    await renderPage();
    const customise = await screen.findByRole('button', { name: 'Personnaliser' });
    await userEvent.click(customise);
    const dialog = await screen.findByRole('dialog', { name: 'Préférences de cookies' });
    await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(customise).toHaveFocus();
  });

  it('announces a decision made in it in the status region', async () => {
    await renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Personnaliser' }));
    await screen.findByRole('dialog');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer mes choix' }));
    expect(screen.getByRole('status')).toHaveTextContent('Vos choix ont été enregistrés.');
    expect(screen.getByRole('status')).toHaveAttribute('lang', 'fr');
  });

  it('brings the banner back and reports the error when its body fails to load, and loads it on the next try', async () => {
    const reportError = vi.fn();
    vi.stubGlobal('reportError', reportError);
    vi.doMock('../../src/react/preferences-content', () => {
      throw new Error('chunk failed to load');
    });
    await renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Personnaliser' }));
    await waitFor(() => expect(reportError).toHaveBeenCalledOnce());
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Vos choix en matière de cookies' })).toBeVisible();

    vi.doUnmock('../../src/react/preferences-content');
    await userEvent.click(screen.getByRole('button', { name: 'Personnaliser' }));
    expect(await screen.findByRole('dialog', { name: 'Préférences de cookies' })).toBeVisible();
    vi.unstubAllGlobals();
  });

  it('is not loaded on arrival, and starts loading when an opener is pointed at or focused', async () => {
    const imported = vi.fn();
    vi.doMock('../../src/react/preferences-content', async (importOriginal) => {
      imported();
      return importOriginal();
    });
    await renderPage();
    const trigger = await screen.findByRole('button', { name: 'Gérer mes cookies' });
    const customise = screen.getByRole('button', { name: 'Personnaliser' });
    expect(imported).not.toHaveBeenCalled();
    await userEvent.hover(trigger);
    await waitFor(() => expect(imported).toHaveBeenCalledOnce());
    customise.focus();
    await userEvent.click(customise);
    expect(await screen.findByRole('dialog', { name: 'Préférences de cookies' })).toBeVisible();
    expect(imported).toHaveBeenCalledOnce();
  });
});

describe('a returning visitor', () => {
  it('gets no banner, and the closed dialog creates no i18next instance nor reads any string', async () => {
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
