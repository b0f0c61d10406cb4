import { describe, expect, it } from 'vitest';
import { createConsentStore, decodeRecord, defineCatalogue, memoryAdapter, readConsent } from '../../src/core';
import { montreuilDemo, revised } from '../fixtures/montreuil';

const NOW = Date.UTC(2026, 10, 29, 12, 0, 0);

/** A visitor who accepted everything under revision 1, back under `catalogue`. */
function returning(catalogue: typeof revised | typeof montreuilDemo) {
  const storage = memoryAdapter();
  const first = createConsentStore({ catalogue: montreuilDemo, storage, now: () => NOW });
  first.hydrate();
  first.send({ type: 'ACCEPT_ALL' });
  const store = createConsentStore({ catalogue, storage, now: () => NOW + 1000 });
  store.hydrate();
  return { store, stored: storage.read() };
}

describe('a returning visitor after the catalogue changed (rule 9)', () => {
  describe('given a choice accepting everything under revision 1, read under revision 2', () => {
    it('asks again: the record no longer counts and nothing is granted but required and exempt purposes', () => {
      const { store } = returning(revised);
      expect(store.getSnapshot()).toMatchObject({
        status: 'pending',
        view: 'banner',
        record: null,
        previous: { revision: 1, method: 'accept-all' },
        granted: { categories: { necessary: true, audience: true, statistics: false, video: false, maps: false } },
      });
    });

    describe('when the preferences open', () => {
      it('pre-fills them with unchanged choices only: a reworded purpose, its services and a new purpose start refused', () => {
        const { store } = returning(revised);
        store.send({ type: 'OPEN_PREFERENCES' });
        expect(store.getSnapshot().draft).toEqual({
          categories: { necessary: true, audience: true, statistics: true, video: false, maps: false },
          services: {
            auth: true,
            language: true,
            csrf: true,
            preferences: true,
            matomo: true,
            analytics: true,
            youtube: false,
            osm: false,
          },
        });
      });
    });

    describe('when a switch is turned and the preferences closed without saving, then saved', () => {
      it('keeps the pre-filled start after closing, and saving records the new revision', () => {
        const { store } = returning(revised);
        store.send({ type: 'OPEN_PREFERENCES' });
        store.send({ type: 'TOGGLE', category: 'maps' });
        store.send({ type: 'CLOSE_PREFERENCES' });
        expect(store.getSnapshot()).toMatchObject({
          view: 'banner',
          draft: { categories: { statistics: true, maps: false } },
        });
        store.send({ type: 'OPEN_PREFERENCES' });
        store.send({ type: 'SAVE' });
        expect(store.getSnapshot()).toMatchObject({
          status: 'decided',
          previous: null,
          record: { revision: 2, method: 'custom' },
          granted: { categories: { statistics: true, video: false, maps: false } },
        });
      });
    });

    describe('when a server reads the stored value', () => {
      it('gets "no choice" from readConsent for a record of another revision', () => {
        const { stored } = returning(revised);
        expect(readConsent(`charte=${stored}`, revised, { now: NOW })).toBeNull();
        expect(readConsent(`charte=${stored}`, montreuilDemo, { now: NOW })).toMatchObject({ revision: 1 });
      });
    });
  });

  describe('given purposes whose definition changed under the same revision', () => {
    it('never reads a changed purpose as granted', () => {
      const { stored } = returning(montreuilDemo);
      const sameRevision = defineCatalogue({ ...revised, revision: 1 });
      expect(decodeRecord(stored, sameRevision, NOW)).toMatchObject({
        categories: { statistics: true, video: false, maps: false },
        services: { analytics: true, youtube: false, osm: false },
      });
    });
  });
});
