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

describe('a failing host callback or beacon', () => {
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
  ])('%s: the banner closes, the gate opens, the choice is stored, the error is reported', async (_name, props) => {
    const reportError = vi.fn();
    vi.stubGlobal('reportError', reportError);
    render(<KitPage {...props} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Tout accepter' }));
    expect(screen.queryByRole('region', { name: 'Vos choix en matière de cookies' })).toBeNull();
    expect(screen.getByText('Statistiques actives')).toBeInTheDocument();
    expect(stored()?.method).toBe('accept-all');
    expect(reportError).toHaveBeenCalledWith(expect.objectContaining({ message: 'host bug' }));
  });

  it('a beacon whose sendBeacon throws: the decision stands and the record waits for the next load', async () => {
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
