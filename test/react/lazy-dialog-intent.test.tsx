import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { montreuilDemo } from '../fixtures/montreuil';

// In a file of its own: once the dialog's body has loaded in a file, a later mock of it does not apply.
afterEach(() => {
  vi.doUnmock('../../src/react/preferences-content');
});

async function renderPage() {
  // test/setup.ts loaded the body up front: a fresh copy of the kit has not.
  vi.resetModules();
  const { Banner, ConsentProvider, PreferencesDialog, PreferencesTrigger } = await import('../../src');
  render(
    <ConsentProvider catalogue={montreuilDemo}>
      <PreferencesTrigger />
      <Banner />
      <PreferencesDialog />
    </ConsentProvider>,
  );
}

describe('the preferences dialog, loaded on intent', () => {
  describe('given a page that has just arrived', () => {
    describe('when an opener is pointed at, then activated', () => {
      it('is not loaded on arrival, starts loading when the opener is pointed at, and loads once', async () => {
        const imported = vi.fn();
        vi.doMock('../../src/react/preferences-content', async (importOriginal) => {
          imported();
          return importOriginal();
        });
        await renderPage();
        const trigger = await screen.findByRole('button', { name: 'Gérer mes cookies' });
        expect(imported).not.toHaveBeenCalled();
        await userEvent.hover(trigger);
        await waitFor(() => expect(imported).toHaveBeenCalledOnce());
        await userEvent.click(trigger);
        expect(await screen.findByRole('dialog', { name: 'Préférences de cookies' })).toBeVisible();
        expect(imported).toHaveBeenCalledOnce();
      });
    });
  });
});
