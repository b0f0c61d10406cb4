import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  Banner,
  ConsentGate,
  ConsentProvider,
  createConsentStore,
  encodeRecord,
  memoryAdapter,
  PreferencesDialog,
  PreferencesTrigger,
  readConsent,
} from '../../src';
import { montreuilDemo } from '../fixtures/montreuil';

type Demo = typeof montreuilDemo;

function Page({ initialConsent }: { initialConsent: ReturnType<typeof readConsent<Demo>> }) {
  return (
    <ConsentProvider catalogue={montreuilDemo} initialConsent={initialConsent}>
      <main>
        <ConsentGate category="statistics" fallback={<p>Statistiques en attente</p>}>
          <p>Statistiques actives</p>
        </ConsentGate>
        <PreferencesTrigger />
      </main>
      <Banner />
      <PreferencesDialog />
    </ConsentProvider>
  );
}

afterEach(() => {
  document.body.innerHTML = '';
});

/**
 * Server HTML for a request with `cookieHeader`, then hydration in the browser with `clientCookie`
 * (the same cookie unless a test says otherwise).
 */
async function serverThenClient(cookieHeader: string, clientCookie = cookieHeader) {
  // biome-ignore lint/suspicious/noDocumentCookie: the browser holds the cookie the request carried.
  if (clientCookie) document.cookie = `${clientCookie}; Path=/`;
  const errors = vi.spyOn(console, 'error');
  const banners: boolean[] = [];
  const observer = new MutationObserver(() => banners.push(document.querySelector('[data-part="banner"]') !== null));
  const html = renderToString(<Page initialConsent={readConsent(cookieHeader, montreuilDemo)} />);
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  observer.observe(document.body, { childList: true, subtree: true });
  const recoverable: unknown[] = [];
  await act(async () => {
    hydrateRoot(container, <Page initialConsent={readConsent(document.cookie, montreuilDemo)} />, {
      onRecoverableError: (error) => recoverable.push(error),
    });
  });
  observer.disconnect();
  // React 18 warns when a component's useLayoutEffect runs in renderToString; Radix picks it because jsdom
  // defines `document` (a real server does not, and the SSR example's journey shows no warning there).
  const jsdomOnly = (call: unknown[]) => /useLayoutEffect does nothing on the server/.test(String(call[0]));
  return {
    html,
    errors: [...errors.mock.calls.filter((call) => !jsdomOnly(call)), ...recoverable],
    banners,
    container,
  };
}

const accepted = () => {
  const store = createConsentStore({ catalogue: montreuilDemo, storage: memoryAdapter() });
  store.send({ type: 'ACCEPT_ALL' });
  const record = store.getSnapshot().record;
  return `charte=${record ? encodeRecord(record, montreuilDemo) : ''}`;
};

describe('server rendering, then hydration (rule 25)', () => {
  it('the check sees a mismatch when server and client disagree', async () => {
    const { errors } = await serverThenClient(accepted(), '');
    expect(errors.length).toBeGreaterThan(0);
  });

  it('with a stored acceptance: no hydration error, no banner at any moment, gated content from the server on', async () => {
    const { html, errors, banners, container } = await serverThenClient(accepted());
    expect(html).toContain('Statistiques actives');
    expect(html).not.toContain('data-part="banner"');
    expect(errors).toEqual([]);
    expect(banners.every((shown) => !shown)).toBe(true);
    expect(container.textContent).toContain('Statistiques actives');
    expect(container.querySelector('[data-part="banner"]')).toBeNull();
  });

  it('on a first visit: no hydration error, and the banner appears right after hydration', async () => {
    const { html, errors, container } = await serverThenClient('');
    expect(html).not.toContain('data-part="banner"');
    expect(errors).toEqual([]);
    expect(document.querySelector('[data-part="banner"]')).not.toBeNull();
    expect(container.textContent).toContain('Statistiques en attente');
  });
});
