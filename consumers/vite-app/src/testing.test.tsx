import { cleanup, render, screen } from '@testing-library/react';
import { ConsentGate, ConsentProvider } from 'charte';
import { consentCookie, testConsent } from 'charte/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from './App';
import { catalogue } from './catalogue';

afterEach(() => {
  cleanup();
  // biome-ignore lint/suspicious/noDocumentCookie: resets jsdom's cookie jar between tests.
  document.cookie = 'charte=; Max-Age=0; Path=/';
});

describe('charte/testing, in the app’s own tests', () => {
  it('testConsent renders a component under a given consent, with no banner and no storage set up', () => {
    render(
      <ConsentProvider
        catalogue={catalogue}
        initialConsent={testConsent(catalogue, { categories: { statistics: true } })}
      >
        <ConsentGate category="statistics" fallback={<p>Statistiques désactivées.</p>}>
          <p>Statistiques actives.</p>
        </ConsentGate>
      </ConsentProvider>,
    );
    expect(screen.getByText('Statistiques actives.')).toBeTruthy();
    expect(screen.queryByRole('region')).toBeNull();
    // With no stored choice, the given one stays in force and is stored, so state and storage agree.
    expect(document.cookie).toMatch(/^charte=2\./);
  });

  it('consentCookie pre-seeds document.cookie: the app starts decided', async () => {
    const cookie = consentCookie(catalogue, { categories: { statistics: false } });
    // biome-ignore lint/suspicious/noDocumentCookie: pre-seeds the jar as a host's test does.
    document.cookie = `${cookie.name}=${cookie.value}; Path=${cookie.path}`;
    render(<App />);
    expect(await screen.findByText('Mesure d’audience désactivée')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Vos choix en matière de cookies' })).toBeNull();
    expect(cookie).toMatchObject({ name: 'charte', path: '/', sameSite: 'Lax', secure: false });
    expect(cookie.expires).toBeGreaterThan(Date.now() / 1000 + 180 * 86_400);
  });
});
