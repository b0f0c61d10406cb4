import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ConsentOptionError,
  type ConsentRecord,
  cookieAdapter,
  createConsentStore,
  decodeRecord,
  defineCatalogue,
  encodeRecord,
  memoryAdapter,
  readConsent,
} from '../../src/core';
import { montreuilDemo } from '../fixtures/montreuil';

type Demo = typeof montreuilDemo;
const NOW = Date.UTC(2026, 10, 29, 12, 0, 0);

/** The stored value of a decision on `catalogue`, as a cookie would hold it. */
function storedValueOf(decision: 'ACCEPT_ALL' | 'REJECT_ALL', catalogue: Demo = montreuilDemo) {
  const store = createConsentStore({ catalogue, storage: memoryAdapter(), now: () => NOW - 60_000 });
  store.send({ type: decision });
  return encodeRecord(store.getSnapshot().record as ConsentRecord<Demo>, catalogue);
}

/** A page load over storage holding `stored`. */
function load(stored: string) {
  const store = createConsentStore({ catalogue: montreuilDemo, storage: memoryAdapter(stored), now: () => NOW });
  store.hydrate();
  return store.getSnapshot();
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a stored choice tampered with', () => {
  describe('given two cookies of the kit’s name, on the host and on a parent domain', () => {
    const refusal = storedValueOf('REJECT_ALL');
    const forgedAcceptance = storedValueOf('ACCEPT_ALL');

    it.each([
      ['the forged one first', `charte=${forgedAcceptance}; charte=${refusal}`],
      ['the forged one last', `charte=${refusal}; charte=${forgedAcceptance}`],
    ])('the one granting least wins, on the server and in the browser (%s)', (_order, header) => {
      expect(readConsent(header, montreuilDemo, { now: NOW })?.method).toBe('reject-all');
      const [first, second] = header.split('; ').map((pair) => pair.slice('charte='.length));
      expect(load(`${first} ${second}`)).toMatchObject({
        status: 'decided',
        view: 'none',
        record: { method: 'reject-all' },
        granted: { categories: { statistics: false, video: false } },
      });
    });

    it('reads every value of the name from document.cookie, in its order', () => {
      vi.spyOn(document, 'cookie', 'get').mockReturnValue(`charte=${forgedAcceptance}; theme=dark; charte=${refusal}`);
      expect(cookieAdapter().read()).toBe(`${forgedAcceptance} ${refusal}`);
    });
  });

  describe('given a forged value granting everything under a revision the catalogue has not reached', () => {
    it('is ignored: the visitor is asked as on a first visit', () => {
      const future = defineCatalogue({ ...montreuilDemo, revision: 99 });
      const forged = storedValueOf('ACCEPT_ALL', future as unknown as Demo);
      expect(decodeRecord(forged, montreuilDemo, NOW)?.revision).toBe(99);
      const state = load(forged);
      expect(state).toMatchObject({ status: 'pending', view: 'banner', record: null, previous: null });
      expect(state.draft.categories).toEqual({ necessary: true, audience: true, statistics: false, video: false });
      expect(readConsent(`charte=${forged}`, montreuilDemo, { now: NOW })).toBeNull();
    });
  });

  describe('given a forged record with unknown ids or fields', () => {
    it('drops them, never merging them into what may run', () => {
      const record = decodeRecord(storedValueOf('ACCEPT_ALL'), montreuilDemo, NOW) as ConsentRecord<Demo>;
      const tampered = {
        ...record,
        admin: true,
        categories: { ...record.categories, evil: true, __proto__: { polluted: true } },
        services: { ...record.services, tracker: true },
      } as unknown as ConsentRecord<Demo>;
      const store = createConsentStore({
        catalogue: montreuilDemo,
        storage: memoryAdapter(),
        initialConsent: tampered,
      });
      const { granted } = store.getSnapshot();
      expect(Object.keys(granted.categories).sort()).toEqual(['audience', 'necessary', 'statistics', 'video']);
      expect(Object.keys(granted.services)).not.toContain('tracker');
      expect(decodeRecord(encodeRecord(tampered, montreuilDemo), montreuilDemo, NOW)).toEqual(record);
      expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    });
  });
});

describe('the __Host- prefix', () => {
  function writes() {
    const written: string[] = [];
    vi.spyOn(document, 'cookie', 'set').mockImplementation((value: string) => {
      written.push(value);
    });
    vi.spyOn(document, 'cookie', 'get').mockReturnValue('');
    return written;
  }

  describe('given cookie.hostPrefix', () => {
    describe('when the choice is written', () => {
      it('names the cookie __Host-<name>, Secure, on / and host-only, even over http', () => {
        const written = writes();
        cookieAdapter({ name: 'cookies_preferences', hostPrefix: true, path: '/portail' }).write('v', 60);
        expect(written).toEqual(['__Host-cookies_preferences=v; Path=/; Max-Age=60; SameSite=Lax; Secure']);
      });
    });

    describe('when a Domain is configured too', () => {
      it('refuses it, naming the option', () => {
        expect(() => cookieAdapter({ hostPrefix: true, domain: 'montreuil.fr' })).toThrow(ConsentOptionError);
        expect(() => cookieAdapter({ hostPrefix: true, domain: 'montreuil.fr' })).toThrow(/^cookie\.domain: /);
      });
    });

    describe('when the server reads the cookie', () => {
      it('finds it under its full name', () => {
        const value = storedValueOf('REJECT_ALL');
        expect(readConsent(`__Host-charte=${value}`, montreuilDemo, { name: '__Host-charte', now: NOW })?.method).toBe(
          'reject-all',
        );
      });
    });
  });
});
