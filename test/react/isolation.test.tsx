import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Banner, ConsentGate, ConsentProvider, type ConsentProviderProps, decodeRecord } from '../../src';
import { createBeacon } from '../../src/beacon';
import { montreuilDemo } from '../fixtures/montreuil';

// Rule 25's failure isolation: a host callback or a beacon that fails never breaks the UI nor loses the choice.

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  // biome-ignore lint/suspicious/noDocumentCookie: resets jsdom's cookie jar between tests.
  document.cookie = 'charte=; Max-Age=0; Path=/';
});

function Page(props: Partial<ConsentProviderProps<typeof montreuilDemo>>) {
  return (
    <ConsentProvider catalogue={montreuilDemo} {...(props as object)}>
      <ConsentGate category="statistics" fallback={<p>Statistiques désactivées</p>}>
        <p>Statistiques actives</p>
      </ConsentGate>
      <Banner />
    </ConsentProvider>
  );
}

const stored = () => decodeRecord(/(?:^|; )charte=([^;]*)/.exec(document.cookie)?.[1], montreuilDemo, Date.now());

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
    render(<Page {...props} />);
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
    render(<Page onConsentRecorded={createBeacon('/consentements')} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Tout refuser' }));
    expect(screen.getByText('Statistiques désactivées')).toBeInTheDocument();
    expect(stored()?.method).toBe('reject-all');
    expect(JSON.parse(localStorage.getItem('charte-outbox') ?? '[]')).toMatchObject([{ method: 'reject-all' }]);
  });
});
