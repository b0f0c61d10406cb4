import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { montreuilDemo } from '../fixtures/montreuil';

// In a file of its own: once the dialog's body has loaded in a file, a later failing mock of it does not apply.

afterEach(() => {
  vi.doUnmock('../../src/react/preferences-content');
  vi.unstubAllGlobals();
});

describe('the preferences dialog, loaded lazily', () => {
  describe('given its body fails to load, with two dialogs on the page', () => {
    describe('when "Personnaliser" is activated, then again once the body loads', () => {
      it('closes and reports the error once, then opens both dialogs on the next activation', async () => {
        const reportError = vi.fn();
        vi.stubGlobal('reportError', reportError);
        let attempts = 0;
        vi.doMock('../../src/react/preferences-content', () => {
          attempts++;
          throw new Error('chunk failed to load');
        });
        // test/setup.ts loaded the body up front: a fresh copy of the kit has not.
        vi.resetModules();
        const { Banner, ConsentProvider, PreferencesDialog } = await import('../../src');
        render(
          <ConsentProvider catalogue={montreuilDemo}>
            <Banner />
            <PreferencesDialog />
            <PreferencesDialog />
          </ConsentProvider>,
        );
        await userEvent.click(await screen.findByRole('button', { name: 'Personnaliser' }));
        await waitFor(() => expect(attempts).toBeGreaterThan(0));
        await waitFor(() => expect(reportError).toHaveBeenCalledOnce());
        expect(reportError.mock.calls[0]?.[0]).toBeInstanceOf(Error);
        expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

        vi.doUnmock('../../src/react/preferences-content');
        await userEvent.click(screen.getByRole('button', { name: 'Personnaliser' }));
        // Two modal dialogs hide each other from the accessibility tree: look for their elements.
        await waitFor(() => expect(document.querySelectorAll('[data-part="dialog"]')).toHaveLength(2));
        expect(reportError).toHaveBeenCalledOnce();
      });
    });
  });
});
