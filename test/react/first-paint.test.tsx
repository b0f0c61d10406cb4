import { act } from '@testing-library/react';
import { Profiler } from 'react';
import { createRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  Banner,
  ConsentProvider,
  type ConsentRecord,
  createConsentStore,
  encodeRecord,
  memoryAdapter,
  PreferencesDialog,
  readConsent,
  readRequestConsent,
} from '../../src';
import { montreuilDemo } from '../fixtures/montreuil';
import { hydrateReports } from './kit';

type Demo = typeof montreuilDemo;

const createInstance = vi.hoisted(() => vi.fn());
vi.mock('i18next', async (original) => {
  const actual = await original<typeof import('i18next')>();
  return {
    ...actual,
    createInstance: (...args: Parameters<typeof actual.createInstance>) => {
      createInstance();
      return actual.createInstance(...args);
    },
  };
});

/** The page, with a commit counter around the provider. */
function Page({
  serverConsent,
  commits,
}: {
  serverConsent?: ConsentRecord<Demo> | null | undefined;
  commits: string[];
}) {
  return (
    <Profiler
      id="page"
      onRender={(_, phase) => commits.push(document.querySelector('[data-part="banner"]') ? `${phase}: banner` : phase)}
    >
      <ConsentProvider catalogue={montreuilDemo} serverConsent={serverConsent}>
        <main>Portail</main>
        <Banner />
        <PreferencesDialog />
      </ConsentProvider>
    </Profiler>
  );
}

const accepted = () => {
  const store = createConsentStore({ catalogue: montreuilDemo, storage: memoryAdapter() });
  store.send({ type: 'ACCEPT_ALL' });
  return `charte=${encodeRecord(store.getSnapshot().record as ConsentRecord<Demo>, montreuilDemo)}`;
};

afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
  createInstance.mockClear();
});

/**
 * Server HTML for a request with `headers`, then hydration with the server's reading, passed to the client as the SSR
 * example does (JSON in the page), and the browser holding the cookie the request carried.
 */
async function serverThenClient(headers: Record<string, string>) {
  const serverConsent = readRequestConsent(headers, montreuilDemo);
  const html = renderToString(<Page serverConsent={serverConsent} commits={[]} />);
  // biome-ignore lint/suspicious/noDocumentCookie: the browser holds the cookie the request carried.
  if (headers.cookie) document.cookie = `${headers.cookie}; Path=/`;
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const { serverConsent: read } = JSON.parse(JSON.stringify({ serverConsent })) as {
    serverConsent?: typeof serverConsent;
  };
  const warnings = await hydrateReports(container, <Page serverConsent={read} commits={[]} />);
  return { html, warnings, container };
}

const withGpc = () =>
  vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { globalPrivacyControl: true }));

describe('readRequestConsent', () => {
  describe('given a request with no choice, a choice, or Sec-GPC without a choice', () => {
    it('tells them apart: null, the choice, undefined', () => {
      expect(readRequestConsent({}, montreuilDemo)).toBeNull();
      expect(readRequestConsent(new Headers({ cookie: 'other=1' }), montreuilDemo)).toBeNull();
      expect(readRequestConsent({ cookie: accepted() }, montreuilDemo)?.method).toBe('accept-all');
      expect(readRequestConsent(new Headers({ cookie: accepted() }), montreuilDemo)?.method).toBe('accept-all');
      expect(readRequestConsent({ 'sec-gpc': '1' }, montreuilDemo)).toBeUndefined();
      expect(readRequestConsent({ 'sec-gpc': '1' }, montreuilDemo, { globalPrivacyControl: false })).toBeNull();
      // An explicit choice wins over the signal (rule 14).
      expect(readRequestConsent({ 'sec-gpc': '1', cookie: accepted() }, montreuilDemo)?.method).toBe('accept-all');
    });
  });
});

describe('server-rendered first paint', () => {
  describe('given a first visit', () => {
    it('has the banner in the server HTML, and hydrates without a warning', async () => {
      const { html, warnings, container } = await serverThenClient({});
      expect(html).toContain('data-part="banner"');
      expect(html).toContain('Tout accepter');
      expect(warnings).toEqual([]);
      expect(container.querySelector('[data-part="banner"]')).not.toBeNull();
    });

    describe('when "Tout accepter" is clicked right after hydration', () => {
      it('stores the choice and hides the banner', async () => {
        const { container } = await serverThenClient({});
        await act(async () => {
          (container.querySelector('[data-part="accept-all"]') as HTMLButtonElement).click();
        });
        expect(readConsent(document.cookie, montreuilDemo)?.method).toBe('accept-all');
        expect(container.querySelector('[data-part="banner"]')).toBeNull();
      });
    });
  });

  describe('given a returning visitor', () => {
    it('has no banner in the HTML nor after hydration, and makes no i18next instance', async () => {
      const { html, warnings, container } = await serverThenClient({ cookie: accepted() });
      expect(html).not.toContain('data-part="banner"');
      expect(warnings).toEqual([]);
      expect(container.querySelector('[data-part="banner"]')).toBeNull();
      expect(createInstance).not.toHaveBeenCalled();
    });
  });

  describe('given Sec-GPC and no choice', () => {
    it('has no banner in the HTML, and the client records the GPC refusal', async () => {
      withGpc();
      const { html, warnings, container } = await serverThenClient({ 'sec-gpc': '1' });
      expect(html).not.toContain('data-part="banner"');
      expect(warnings).toEqual([]);
      expect(container.querySelector('[data-part="banner"]')).toBeNull();
      expect(readConsent(document.cookie, montreuilDemo)?.method).toBe('gpc');
    });
  });

  describe('given GPC in the browser but no Sec-GPC header', () => {
    it('has the banner in the HTML, hydrates in agreement, then GPC refuses', async () => {
      withGpc();
      const { html, warnings, container } = await serverThenClient({});
      expect(html).toContain('data-part="banner"');
      expect(warnings).toEqual([]);
      expect(container.querySelector('[data-part="banner"]')).toBeNull();
      expect(readConsent(document.cookie, montreuilDemo)?.method).toBe('gpc');
    });
  });
});

describe('single-page app first paint', () => {
  describe('given a first visit rendered with createRoot', () => {
    it('has the banner in the first commit, with no second render', async () => {
      const commits: string[] = [];
      const container = document.body.appendChild(document.createElement('div'));
      await act(async () => createRoot(container).render(<Page commits={commits} />));
      expect(commits[0]).toBe('mount: banner');
      expect(container.querySelector('[data-part="banner"]')).not.toBeNull();
    });
  });

  describe('given a returning visitor rendered with createRoot', () => {
    it('has no banner in any commit, and makes no i18next instance', async () => {
      // biome-ignore lint/suspicious/noDocumentCookie: a choice made on an earlier visit.
      document.cookie = `${accepted()}; Path=/`;
      const commits: string[] = [];
      const container = document.body.appendChild(document.createElement('div'));
      await act(async () => createRoot(container).render(<Page commits={commits} />));
      expect(commits.length).toBeGreaterThan(0);
      expect(commits.every((commit) => !commit.endsWith('banner'))).toBe(true);
      expect(createInstance).not.toHaveBeenCalled();
    });
  });

  describe('given a static page (serverConsent absent) hydrated with hydrateRoot', () => {
    it('hydrates without a warning, then shows the banner', async () => {
      const commits: string[] = [];
      const container = document.body.appendChild(document.createElement('div'));
      container.innerHTML = renderToString(<Page commits={[]} />);
      expect(container.querySelector('[data-part="banner"]')).toBeNull();
      expect(await hydrateReports(container, <Page commits={commits} />)).toEqual([]);
      expect(commits[0]).toBe('mount');
      expect(container.querySelector('[data-part="banner"]')).not.toBeNull();
    });
  });
});
