import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBeacon } from '../../src/beacon';
import { KitPage, storedRecord } from './kit';

// Rule 25's failure isolation: a host callback or a beacon that fails never breaks the UI nor loses the choice.

afterEach(() => {
  vi.unstubAllGlobals();
});

const stored = () => storedRecord();

describe('the kit, with a failing host callback or beacon', () => {
  describe('given a host callback that throws', () => {
    describe('when "Tout accepter" is activated', () => {
      it.each([
        [
          'onChange throws',
          {
            onChange: () => {
              throw new Error('host bug');
            },
          },
        ],
        [
          'onConsentRecorded throws',
          {
            onConsentRecorded: () => {
              throw new Error('host bug');
            },
          },
        ],
      ])('%s: closes the banner, opens the gate, stores the choice and reports the error', async (_name, props) => {
        const reportError = vi.fn();
        vi.stubGlobal('reportError', reportError);
        render(<KitPage {...props} />);
        await userEvent.click(await screen.findByRole('button', { name: 'Tout accepter' }));
        expect(screen.queryByRole('region', { name: 'Vos choix en matière de cookies' })).toBeNull();
        expect(screen.getByText('Statistiques actives')).toBeInTheDocument();
        expect(stored()?.method).toBe('accept-all');
        expect(reportError).toHaveBeenCalledWith(expect.objectContaining({ message: 'host bug' }));
      });
    });
  });

  describe('given a beacon whose sendBeacon throws', () => {
    describe('when "Tout refuser" is activated', () => {
      it('keeps the decision, and the record waits in the outbox for the next load', async () => {
        vi.stubGlobal('navigator', {
          ...navigator,
          sendBeacon: () => {
            throw new TypeError('Failed to execute sendBeacon');
          },
        });
        render(<KitPage onConsentRecorded={createBeacon('/consentements')} />);
        await userEvent.click(await screen.findByRole('button', { name: 'Tout refuser' }));
        expect(screen.getByText('Statistiques désactivées')).toBeInTheDocument();
        expect(stored()?.method).toBe('reject-all');
        expect(JSON.parse(localStorage.getItem('charte-outbox') ?? '[]')).toMatchObject([{ method: 'reject-all' }]);
      });
    });
  });
});
