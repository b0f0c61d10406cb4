import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
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
import { hydrateReports } from './kit';

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
  const banners: boolean[] = [];
  const observer = new MutationObserver(() => banners.push(document.querySelector('[data-part="banner"]') !== null));
  const html = renderToString(<Page initialConsent={readConsent(cookieHeader, montreuilDemo)} />);
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  observer.observe(document.body, { childList: true, subtree: true });
  const errors = await hydrateReports(container, <Page initialConsent={readConsent(document.cookie, montreuilDemo)} />);
  observer.disconnect();
  return { html, errors, banners, container };
}

const accepted = () => {
  const store = createConsentStore({ catalogue: montreuilDemo, storage: memoryAdapter() });
  store.send({ type: 'ACCEPT_ALL' });
  const record = store.getSnapshot().record;
  return `charte=${record ? encodeRecord(record, montreuilDemo) : ''}`;
};

describe('server rendering, then hydration (rule 25)', () => {
  describe('given server and client that disagree on the cookie', () => {
    it('reports the mismatch: the check sees it', async () => {
      const { errors } = await serverThenClient(accepted(), '');
      expect(errors.length).toBeGreaterThan(0);
    });
  });

  describe('given a stored acceptance', () => {
    it('hydrates without error, never shows the banner, and shows gated content from the server on', async () => {
      const { html, errors, banners, container } = await serverThenClient(accepted());
      expect(html).toContain('Statistiques actives');
      expect(html).not.toContain('data-part="banner"');
      expect(errors).toEqual([]);
      expect(banners.every((shown) => !shown)).toBe(true);
      expect(container.textContent).toContain('Statistiques actives');
      expect(container.querySelector('[data-part="banner"]')).toBeNull();
    });
  });

  describe('given a first visit', () => {
    it('hydrates without error, and shows the banner right after hydration', async () => {
      const { html, errors, container } = await serverThenClient('');
      expect(html).not.toContain('data-part="banner"');
      expect(errors).toEqual([]);
      expect(document.querySelector('[data-part="banner"]')).not.toBeNull();
      expect(container.textContent).toContain('Statistiques en attente');
    });
  });
});
