import Ajv2020 from 'ajv/dist/2020';
import { afterEach, describe, expect, it, vi } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import schema from '../../schema/consent-record.schema.json' with { type: 'json' };
import {
  type AnyCatalogue,
  type ConsentRecord,
  type ConsentStoreOptions,
  catalogueHash,
  createConsentStore,
  decodeRecord,
  defineCatalogue,
  eraseCookies,
  memoryAdapter,
  type StorageAdapter,
  VERSION,
} from '../../src/core';
import { montreuilDemo, revised } from '../fixtures/montreuil';

type Demo = typeof montreuilDemo;
const NOW = Date.UTC(2026, 10, 29, 12, 0, 0);

function load<C extends AnyCatalogue = Demo>(options: Partial<ConsentStoreOptions<C>> = {}) {
  const store = createConsentStore<C>({
    catalogue: montreuilDemo as unknown as C,
    storage: memoryAdapter(),
    now: () => NOW,
    ...options,
  });
  const stop = store.hydrate();
  return Object.assign(store, { stop });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the consent record (rule 10)', () => {
  describe('when a decision is recorded', () => {
    it('has exactly the documented fields, and nothing personal', () => {
      const recorded: ConsentRecord<Demo>[] = [];
      const store = load({ onConsentRecorded: (record) => recorded.push(record), lng: () => 'en' });
      store.send({ type: 'SAVE', choices: { categories: { statistics: true } } });
      const [record] = recorded;
      expect(Object.keys(record ?? {}).sort()).toEqual(
        [
          'id',
          'decidedAt',
          'expiresAt',
          'revision',
          'catalogueHash',
          'lng',
          'method',
          'version',
          'categories',
          'services',
        ].sort(),
      );
      expect(record).toMatchObject({
        decidedAt: NOW,
        revision: 1,
        lng: 'en',
        method: 'custom',
        version: packageJson.version,
        categories: { necessary: true, audience: true, statistics: true, video: false },
        services: { analytics: true, youtube: false, matomo: true },
      });
      expect(record?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(VERSION).toBe(packageJson.version);
    });

    it('validates against the JSON schema shipped in schema/, which refuses a personal field', () => {
      const validate = new Ajv2020({ strict: true }).compile(schema);
      const recorded: ConsentRecord<Demo>[] = [];
      const store = load({ onConsentRecorded: (record) => recorded.push(record) });
      store.send({ type: 'ACCEPT_ALL' });
      store.send({ type: 'REJECT_ALL', method: 'continue-without-accepting' });
      expect(recorded).toHaveLength(2);
      for (const record of recorded) expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
      expect(validate({ ...recorded[0], email: 'visiteur@example.fr' })).toBe(false);
    });
  });

  describe('when the visitor switches and closes, then decides three times and resets', () => {
    it('calls onConsentRecorded once per decision, never for hydration, switches, closing or reset', () => {
      const onConsentRecorded = vi.fn();
      const storage = memoryAdapter();
      const store = load({ storage, onConsentRecorded });
      store.send({ type: 'OPEN_PREFERENCES' });
      store.send({ type: 'TOGGLE', category: 'video' });
      store.send({ type: 'CLOSE_PREFERENCES' });
      expect(onConsentRecorded).not.toHaveBeenCalled();
      store.send({ type: 'ACCEPT_ALL' });
      store.send({ type: 'SAVE', choices: { categories: { video: false } } });
      store.send({ type: 'REJECT_ALL' });
      expect(onConsentRecorded.mock.calls.map(([record]) => record.method)).toEqual([
        'accept-all',
        'custom',
        'reject-all',
      ]);
      store.send({ type: 'RESET' });
      load({ storage, onConsentRecorded });
      expect(onConsentRecorded).toHaveBeenCalledTimes(3);
    });
  });

  describe('given a language that could break the cookie', () => {
    it('keeps it out of the stored value, which still reads back as a choice', () => {
      const storage = memoryAdapter();
      const store = load({ storage, lng: () => 'fr; Domain=evil.example' });
      store.send({ type: 'ACCEPT_ALL' });
      expect(store.getSnapshot().record?.lng).toBe('frDomainevilexample');
      expect(storage.read()).not.toMatch(/[;\s=]/);
      expect(load({ storage }).getSnapshot().status).toBe('decided');
    });
  });

  describe('catalogueHash', () => {
    const reword = (fr: string) =>
      defineCatalogue({
        ...montreuilDemo,
        categories: {
          ...montreuilDemo.categories,
          statistics: { ...montreuilDemo.categories.statistics, description: { fr, en: 'Same English.' } },
        },
      });
    const reordered = defineCatalogue({
      revision: 1,
      categories: Object.fromEntries(Object.entries(montreuilDemo.categories).reverse()) as Demo['categories'],
      services: Object.fromEntries(Object.entries(montreuilDemo.services).reverse()) as Demo['services'],
    });

    describe('given one French purpose text changed', () => {
      it('gives another hash', () => {
        expect(catalogueHash(reword('Mesurer la fréquentation.'), 'fr')).not.toBe(
          catalogueHash(reword('Mesurer la fréquentation du portail.'), 'fr'),
        );
        expect(catalogueHash(reword('Une autre finalité.'), 'fr')).not.toBe(catalogueHash(montreuilDemo, 'fr'));
      });
    });

    describe('given categories and services declared in another order', () => {
      it('gives the same hash', () => {
        expect(catalogueHash(reordered, 'fr')).toBe(catalogueHash(montreuilDemo, 'fr'));
      });
    });

    describe('given another language the visitor saw', () => {
      it('gives another hash', () => {
        expect(catalogueHash(montreuilDemo, 'en')).not.toBe(catalogueHash(montreuilDemo, 'fr'));
      });
    });
  });
});

describe('Global Privacy Control (rule 14)', () => {
  const withGpc = (value: unknown) => vi.stubGlobal('navigator', { ...navigator, globalPrivacyControl: value });

  describe('given the signal and no stored choice', () => {
    it('records a refusal of every consent purpose without asking', () => {
      withGpc(true);
      const onConsentRecorded = vi.fn();
      const store = load({ onConsentRecorded });
      expect(store.getSnapshot()).toMatchObject({
        status: 'decided',
        view: 'none',
        record: { method: 'gpc' },
        granted: { categories: { statistics: false, video: false, necessary: true, audience: true } },
      });
      expect(onConsentRecorded).toHaveBeenCalledOnce();
    });
  });

  describe('given the signal and an explicit choice', () => {
    it('lets the choice win, and does not override it on the next load', () => {
      withGpc(true);
      const storage = memoryAdapter();
      load({ storage }).send({ type: 'ACCEPT_ALL' });
      expect(load({ storage }).getSnapshot().record?.method).toBe('accept-all');
    });
  });

  describe('given the signal turned off or not exactly true', () => {
    it.each([
      ['turned off with globalPrivacyControl: false', true, false],
      ['with a truthy value that is not true', 'true', undefined],
    ])('asks as usual when %s', (_name, signal, option) => {
      withGpc(signal);
      const store = load(option === undefined ? {} : { globalPrivacyControl: option });
      expect(store.getSnapshot()).toMatchObject({ status: 'pending', view: 'banner', record: null });
    });
  });
});

describe('withdrawal (rules 12, 13)', () => {
  const setCookie = (cookie: string) => {
    // biome-ignore lint/suspicious/noDocumentCookie: the test plays a tracker setting its cookies.
    document.cookie = cookie;
  };
  const cookieNames = () =>
    document.cookie
      .split(';')
      .map((pair) => pair.split('=')[0]?.trim())
      .filter(Boolean)
      .sort();
  const cleanup = defineCatalogue({
    revision: 1,
    categories: {
      necessary: { required: true, title: 'Nécessaires' },
      statistics: { title: 'Statistiques', description: 'Mesurer la fréquentation.' },
    },
    services: {
      session: {
        category: 'necessary',
        provider: 'Ce site',
        title: 'Session',
        cookies: [{ name: 'sid', purpose: 'S' }],
      },
      analytics: {
        category: 'statistics',
        provider: 'Google',
        title: 'Google Analytics',
        cookies: [
          { name: '_ga', purpose: 'Distinguer les visiteurs.' },
          { name: /^_ga_/, purpose: 'État de la session.' },
          { name: /^ga-queue-/, purpose: 'File d’attente.', storage: 'localStorage' },
        ],
      },
    },
  });

  describe('given declared cookies and localStorage keys, RegExp names included, and everything accepted', () => {
    describe('when statistics are refused', () => {
      it('deletes every declared cookie and localStorage key of statistics, and nothing else', () => {
        const onChange = vi.fn();
        const store = load({ catalogue: cleanup, onChange });
        store.send({ type: 'ACCEPT_ALL' });
        for (const cookie of ['sid=1', '_ga=GA1.1', '_ga_ABC123=GS1.1', '_gat=1', '_ga_XYZ=1; Path=/'])
          setCookie(cookie);
        localStorage.setItem('ga-queue-1', '[]');
        localStorage.setItem('ga-queue-2', '[]');
        localStorage.setItem('theme', 'dark');
        store.send({ type: 'SAVE', choices: { categories: { statistics: false } } });
        expect(cookieNames()).toEqual(['_gat', 'sid']);
        expect(Object.keys(localStorage)).toEqual(['theme']);
        expect(onChange).toHaveBeenLastCalledWith(
          expect.objectContaining({
            granted: { categories: [], services: [] },
            revoked: { categories: ['statistics'], services: ['analytics'] },
          }),
        );
      });
    });

    describe('when the choice is reset', () => {
      it('deletes them too, forgets the choice and shows the banner', () => {
        const store = load({ catalogue: cleanup });
        store.send({ type: 'ACCEPT_ALL' });
        setCookie('_ga=GA1.1');
        store.send({ type: 'RESET' });
        expect(cookieNames()).toEqual([]);
        expect(store.getSnapshot()).toMatchObject({ status: 'pending', view: 'banner', record: null });
      });
    });
  });

  describe('given reloadOnWithdraw', () => {
    it('reloads the page after a withdrawal, and never on a grant or on load', () => {
      const reload = vi.fn();
      vi.stubGlobal('location', { ...location, hostname: location.hostname, pathname: '/', reload });
      const storage = memoryAdapter();
      const store = load({ catalogue: cleanup, storage, reloadOnWithdraw: true });
      store.send({ type: 'ACCEPT_ALL' });
      expect(reload).not.toHaveBeenCalled();
      store.send({ type: 'REJECT_ALL' });
      expect(reload).toHaveBeenCalledOnce();
      load({ catalogue: cleanup, storage, reloadOnWithdraw: true });
      expect(reload).toHaveBeenCalledOnce();
    });
  });
});

describe('host callbacks (rule 25)', () => {
  describe('given onChange and onConsentRecorded that throw', () => {
    describe('when a decision is made', () => {
      it('neither breaks the decision nor loses the stored choice, and reports both errors', () => {
        const reportError = vi.fn();
        vi.stubGlobal('reportError', reportError);
        const storage = memoryAdapter();
        const store = load({
          storage,
          onChange: () => {
            throw new Error('host bug in onChange');
          },
          onConsentRecorded: () => {
            throw new Error('host bug in onConsentRecorded');
          },
        });
        expect(() => store.send({ type: 'ACCEPT_ALL' })).not.toThrow();
        expect(store.getSnapshot().status).toBe('decided');
        expect(load({ storage }).getSnapshot().record?.method).toBe('accept-all');
        expect(reportError.mock.calls.map(([error]) => error.message)).toEqual([
          'host bug in onConsentRecorded',
          'host bug in onChange',
        ]);
      });
    });
  });
});

describe('other tabs of the origin', () => {
  /** Two tabs of one origin: one storage, each with its own store. */
  const shared = (): StorageAdapter => {
    const storage = memoryAdapter();
    return { ...storage, name: `shared-${Math.random()}` };
  };

  describe('given BroadcastChannel', () => {
    it('follow a decision, a withdrawal and a reset without a reload', async () => {
      const storage = shared();
      const [a, b] = [load({ storage }), load({ storage })];
      a.send({ type: 'ACCEPT_ALL' });
      await vi.waitFor(() => expect(b.getSnapshot()).toMatchObject({ status: 'decided', view: 'none' }));
      expect(b.getSnapshot().granted.categories.statistics).toBe(true);
      b.send({ type: 'SAVE', choices: { categories: { statistics: false } } });
      await vi.waitFor(() => expect(a.getSnapshot().granted.categories.statistics).toBe(false));
      a.send({ type: 'RESET' });
      await vi.waitFor(() => expect(b.getSnapshot()).toMatchObject({ status: 'pending', view: 'banner' }));
      a.stop();
      b.stop();
    });
  });

  describe('given no BroadcastChannel', () => {
    it('follow through polling, until stopped', async () => {
      vi.stubGlobal('BroadcastChannel', undefined);
      vi.useFakeTimers();
      try {
        const storage = shared();
        const [a, b] = [load({ storage }), load({ storage })];
        a.send({ type: 'ACCEPT_ALL' });
        expect(b.getSnapshot().status).toBe('pending');
        vi.advanceTimersByTime(1000);
        expect(b.getSnapshot().status).toBe('decided');
        b.stop();
        a.send({ type: 'RESET' });
        vi.advanceTimersByTime(5000);
        expect(b.getSnapshot().status).toBe('decided');
        a.stop();
      } finally {
        vi.useRealTimers();
      }
    });
  });

  describe('given a tab with an older catalogue revision', () => {
    it('neither changes the newer tab’s choice nor keeps its own in storage', async () => {
      const storage = { ...memoryAdapter(), name: `revisions-${Math.random()}` };
      const newer = load<typeof revised>({ catalogue: revised, storage });
      const older = load({ storage });
      newer.send({ type: 'ACCEPT_ALL' });
      await vi.waitFor(() => expect(older.getSnapshot().status).toBe('pending'));
      older.send({ type: 'REJECT_ALL' });
      await vi.waitFor(() => expect(decodeRecord(storage.read(), revised, NOW)?.revision).toBe(2));
      expect(newer.getSnapshot()).toMatchObject({ status: 'decided', record: { revision: 2, method: 'accept-all' } });
      newer.stop();
      older.stop();
    });
  });
});

describe('withdrawal after the choice lapsed or the catalogue changed (rule 13)', () => {
  const setCookie = (cookie: string) => {
    // biome-ignore lint/suspicious/noDocumentCookie: the test plays a tracker setting its cookie.
    document.cookie = cookie;
  };

  describe('given a new revision', () => {
    it('deletes, as it loads, the cookies of what only the old one granted', () => {
      const storage = memoryAdapter();
      load({ storage }).send({ type: 'ACCEPT_ALL' });
      setCookie('_ga=GA1.1');
      const store = load<typeof revised>({ catalogue: revised, storage });
      expect(store.getSnapshot().status).toBe('pending');
      expect(document.cookie).not.toContain('_ga=');
      setCookie('_ga=GA1.2');
      store.send({ type: 'REJECT_ALL' });
      expect(document.cookie).not.toContain('_ga=');
    });
  });

  describe('given a choice that expired', () => {
    it('deletes, as it loads, what it had let run, before any new choice', () => {
      const storage = memoryAdapter();
      load({ storage }).send({ type: 'ACCEPT_ALL' });
      setCookie('_ga=GA1.1');
      const store = load({ storage, now: () => NOW + 200 * 86_400_000 });
      expect(store.getSnapshot().status).toBe('pending');
      expect(document.cookie).not.toContain('_ga=');
    });
  });
});

describe('eraseCookies', () => {
  describe('given https', () => {
    it('deletes with Secure, so __Secure- and __Host- cookies go too', () => {
      const written: string[] = [];
      vi.stubGlobal('location', { hostname: 'data.montreuil.fr', pathname: '/', protocol: 'https:' });
      vi.spyOn(document, 'cookie', 'set').mockImplementation((value: string) => {
        written.push(value);
      });
      vi.spyOn(document, 'cookie', 'get').mockReturnValue('__Host-session=1');
      try {
        eraseCookies([{ name: '__Host-session', purpose: 'S' }]);
        expect(written).toContain('__Host-session=; Max-Age=0; Path=/; Secure');
      } finally {
        vi.restoreAllMocks();
        vi.unstubAllGlobals();
      }
    });
  });

  describe('given declared cookies the page cannot see', () => {
    it('writes nothing for them, except on the paths the catalogue declares', () => {
      const written: string[] = [];
      vi.stubGlobal('location', { hostname: 'data.montreuil.fr', pathname: '/donnees/jeux', protocol: 'http:' });
      vi.spyOn(document, 'cookie', 'set').mockImplementation((value: string) => {
        written.push(value);
      });
      vi.spyOn(document, 'cookie', 'get').mockReturnValue('sessionid=1');
      try {
        eraseCookies([
          { name: 'absent', purpose: 'S' },
          { name: 'elsewhere', purpose: 'S', path: '/carte' },
        ]);
        // Matomo's _pk_ses may live where only _pk_id declares a path: every declared path is tried for every name.
        expect(written).toEqual(
          ['absent', 'elsewhere'].flatMap((name) => [
            `${name}=; Max-Age=0; Path=/carte`,
            `${name}=; Max-Age=0; Path=/carte; Domain=data.montreuil.fr`,
            `${name}=; Max-Age=0; Path=/carte; Domain=montreuil.fr`,
          ]),
        );
      } finally {
        vi.restoreAllMocks();
        vi.unstubAllGlobals();
      }
    });
  });

  describe('given a document.cookie that throws (a sandboxed frame)', () => {
    it('never throws', () => {
      const cookie = vi.spyOn(document, 'cookie', 'get').mockImplementation(() => {
        throw new DOMException('The document is sandboxed', 'SecurityError');
      });
      try {
        expect(() => eraseCookies([{ name: /^_ga/, purpose: 'S' }])).not.toThrow();
      } finally {
        cookie.mockRestore();
      }
    });
  });
});
