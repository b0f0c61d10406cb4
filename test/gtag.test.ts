import { describe, expect, it } from 'vitest';
import { createConsentStore, memoryAdapter } from '../src/core';
import { connectConsentMode, consentModeDefault, consentModeSnippet } from '../src/gtag';
import { montreuilDemo } from './fixtures/montreuil';

const ALL_DENIED_BUT_SECURITY = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
};

/** The dataLayer as gtag commands: each entry must be an Arguments object, as gtag.js reads them. */
const commands = (layer: unknown[]) =>
  layer.map((entry) => {
    expect(Object.prototype.toString.call(entry)).toBe('[object Arguments]');
    return Array.from(entry as ArrayLike<unknown>);
  });

const store = (storage = memoryAdapter()) => createConsentStore({ catalogue: montreuilDemo, storage });

describe('connectConsentMode: Google Consent Mode v2 (rule 15)', () => {
  describe('given a first visit', () => {
    describe('when connected', () => {
      it('pushes consent default first, every type denied but security, with wait_for_update', () => {
        const dataLayer: unknown[] = [];
        connectConsentMode(store(), { dataLayer });
        expect(commands(dataLayer)).toEqual([
          ['consent', 'default', { ...ALL_DENIED_BUT_SECURITY, wait_for_update: 500 }],
        ]);
        expect(Object.keys(consentModeDefault())).toHaveLength(7);
      });
    });

    describe('when the visitor switches, saves, accepts and refuses', () => {
      it('adds exactly one update per decision, following the catalogue mapping', () => {
        const dataLayer: unknown[] = [];
        const consent = store();
        connectConsentMode(consent, { dataLayer });
        consent.hydrate();
        consent.send({ type: 'OPEN_PREFERENCES' });
        consent.send({ type: 'TOGGLE', category: 'statistics' });
        expect(dataLayer).toHaveLength(1);
        consent.send({ type: 'SAVE' });
        consent.send({ type: 'ACCEPT_ALL' });
        consent.send({ type: 'REJECT_ALL' });
        const [, ...updates] = commands(dataLayer);
        expect(updates).toEqual([
          [
            'consent',
            'update',
            { ...ALL_DENIED_BUT_SECURITY, functionality_storage: 'granted', analytics_storage: 'granted' },
          ],
          [
            'consent',
            'update',
            Object.fromEntries(Object.keys(ALL_DENIED_BUT_SECURITY).map((type) => [type, 'granted'])),
          ],
          ['consent', 'update', { ...ALL_DENIED_BUT_SECURITY, functionality_storage: 'granted' }],
        ]);
      });
    });

    describe('when everything is accepted, then reset', () => {
      it('denies everything again', () => {
        const dataLayer: unknown[] = [];
        const consent = store();
        connectConsentMode(consent, { dataLayer });
        consent.send({ type: 'ACCEPT_ALL' });
        consent.send({ type: 'RESET' });
        expect(commands(dataLayer).at(-1)).toEqual(['consent', 'update', ALL_DENIED_BUT_SECURITY]);
      });
    });
  });

  describe('given a stored choice', () => {
    it('pushes one update on load, where the first visit pushed none', () => {
      const storage = memoryAdapter();
      const first: unknown[] = [];
      const visit = store(storage);
      connectConsentMode(visit, { dataLayer: first });
      visit.hydrate();
      expect(first).toHaveLength(1);
      visit.send({ type: 'ACCEPT_ALL' });

      const second: unknown[] = [];
      const returning = store(storage);
      connectConsentMode(returning, { dataLayer: second });
      returning.hydrate();
      expect(commands(second).map(([, kind]) => kind)).toEqual(['default', 'update']);
    });

    it('pushes one update per load even when the choice is read twice (server value, StrictMode)', () => {
      const storage = memoryAdapter();
      const earlier = store(storage);
      earlier.send({ type: 'ACCEPT_ALL' });
      const initialConsent = earlier.getSnapshot().record;
      const dataLayer: unknown[] = [];
      const consent = createConsentStore({ catalogue: montreuilDemo, storage, initialConsent });
      connectConsentMode(consent, { dataLayer });
      consent.hydrate();
      consent.hydrate();
      expect(commands(dataLayer).map(([, kind]) => kind)).toEqual(['default', 'update']);
    });
  });

  describe('given the inline snippet ran', () => {
    it('does not push a second default, and stops when disconnected', () => {
      const page = globalThis as { dataLayer?: unknown[] };
      delete page.dataLayer;
      new Function(consentModeSnippet({ waitForUpdate: 800 }))();
      const consent = store();
      const disconnect = connectConsentMode(consent);
      expect(commands(page.dataLayer ?? [])).toEqual([
        ['consent', 'default', { ...ALL_DENIED_BUT_SECURITY, wait_for_update: 800 }],
      ]);
      disconnect();
      consent.send({ type: 'ACCEPT_ALL' });
      expect(page.dataLayer).toHaveLength(1);
      delete page.dataLayer;
    });
  });

  describe('given a regional default or a plain array in the dataLayer', () => {
    it('still pushes the page-wide default', () => {
      const dataLayer: unknown[] = [['consent', 'default', { ad_storage: 'denied' }]];
      (function gtag(..._args: unknown[]) {
        // biome-ignore lint/complexity/noArguments: gtag.js reads Arguments objects.
        dataLayer.push(arguments);
      })('consent', 'default', { ad_storage: 'granted', region: ['US'] });
      connectConsentMode(store(), { dataLayer });
      expect(commands(dataLayer.slice(2))).toEqual([
        ['consent', 'default', { ...ALL_DENIED_BUT_SECURITY, wait_for_update: 500 }],
      ]);
    });
  });
});
