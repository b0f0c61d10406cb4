import { describe, expect, it } from 'vitest';
import {
  type ConsentEvent,
  type ConsentRecord,
  type ConsentState,
  catalogueHash,
  createConsentStore,
  initialState,
  memoryAdapter,
  type TransitionContext,
  transition,
  VERSION,
} from '../../src/core';
import { defaultChoices } from '../../src/core/machine';
import { montreuilDemo } from '../fixtures/montreuil';

type Demo = typeof montreuilDemo;
const NOW = Date.UTC(2026, 10, 29, 12, 0, 0);
const context: TransitionContext<Demo> = {
  catalogue: montreuilDemo,
  now: NOW + 123,
  maxAgeDays: 183,
  createId: () => '00000000-0000-4000-8000-000000000001',
  lng: 'fr',
};
const step = (state: ConsentState<Demo>, ...events: ConsentEvent<Demo>[]) =>
  events.reduce((current, event) => transition(current, event, context), state);
const pending = step(initialState(montreuilDemo), { type: 'HYDRATE', record: null });

const allOff = {
  categories: { necessary: true, audience: true, statistics: false, video: false },
  services: {
    auth: true,
    language: true,
    csrf: true,
    preferences: true,
    matomo: true,
    analytics: false,
    youtube: false,
  },
};

describe('initialState', () => {
  describe('given no record', () => {
    it('is unknown with nothing but required and exempt purposes granted, and no UI', () => {
      const state = initialState(montreuilDemo);
      expect(state).toMatchObject({ status: 'unknown', view: 'none', record: null });
      expect(state.granted).toEqual(allOff);
      expect(state.draft).toBe(state.granted);
    });
  });

  describe('given a record the server passes', () => {
    it('is decided, with no UI', () => {
      const record = step(pending, { type: 'ACCEPT_ALL' }).record as ConsentRecord<Demo>;
      expect(initialState(montreuilDemo, record)).toMatchObject({ status: 'decided', view: 'none', record });
    });
  });
});

describe('transition', () => {
  describe('given storage not read yet', () => {
    describe('when HYDRATE finds no stored record', () => {
      it('is pending and the banner shows, nothing granted but required and exempt purposes', () => {
        expect(pending).toMatchObject({ status: 'pending', view: 'banner', record: null, granted: allOff });
      });
    });

    describe('when HYDRATE finds a stored record', () => {
      it('is decided, with no UI and the record’s choices granted', () => {
        const record = step(pending, { type: 'SAVE', choices: { categories: { video: true } } }).record;
        const state = step(initialState(montreuilDemo), { type: 'HYDRATE', record });
        expect(state).toMatchObject({ status: 'decided', view: 'none', record });
        expect(state.granted.categories.video).toBe(true);
        expect(state.granted.categories.statistics).toBe(false);
      });
    });

    describe('when the preferences open before HYDRATE', () => {
      it('keeps the dialog open', () => {
        const state = step(
          initialState(montreuilDemo),
          { type: 'OPEN_PREFERENCES' },
          { type: 'HYDRATE', record: null },
        );
        expect(state).toMatchObject({ status: 'pending', view: 'preferences' });
      });
    });
  });

  describe('given a forged record that refuses a required category', () => {
    describe('when HYDRATE reads it', () => {
      it('grants the required category all the same', () => {
        const record = step(pending, { type: 'REJECT_ALL' }).record as ConsentRecord<Demo>;
        const forged = { ...record, categories: { ...record.categories, necessary: false } };
        expect(step(pending, { type: 'HYDRATE', record: forged }).granted.categories.necessary).toBe(true);
      });
    });
  });

  describe('given the banner, before any choice', () => {
    describe('when ACCEPT_ALL', () => {
      it('grants everything, records the decision and closes the UI', () => {
        const state = step(pending, { type: 'ACCEPT_ALL' });
        expect(state).toMatchObject({ status: 'decided', view: 'none' });
        expect(Object.values(state.granted.categories).every(Boolean)).toBe(true);
        expect(Object.values(state.granted.services).every(Boolean)).toBe(true);
        expect(state.record).toEqual({
          id: '00000000-0000-4000-8000-000000000001',
          decidedAt: NOW,
          expiresAt: NOW + 183 * 86_400_000,
          revision: 1,
          catalogueHash: catalogueHash(montreuilDemo, 'fr'),
          lng: 'fr',
          method: 'accept-all',
          version: VERSION,
          ...state.granted,
        });
      });
    });

    describe('when REJECT_ALL', () => {
      it('refuses every consent purpose in one event (rule 3), keeping required and exempt ones', () => {
        const state = step(pending, { type: 'REJECT_ALL' });
        expect(state).toMatchObject({ status: 'decided', view: 'none', granted: allOff });
        expect(state.record?.method).toBe('reject-all');
      });

      it('keeps an exempt category off once the visitor opted out', () => {
        const state = step(pending, { type: 'TOGGLE', category: 'audience', value: false }, { type: 'REJECT_ALL' });
        expect(state.granted.categories.audience).toBe(false);
        expect(state.granted.services.matomo).toBe(false);
      });
    });

    describe('when TOGGLE', () => {
      it('changes only the draft', () => {
        const state = step(pending, { type: 'OPEN_PREFERENCES' }, { type: 'TOGGLE', category: 'statistics' });
        expect(state.draft.categories.statistics).toBe(true);
        expect(state.draft.services.analytics).toBe(true);
        expect(state.granted.categories.statistics).toBe(false);
      });

      it('sets an explicit value', () => {
        const on = step(pending, { type: 'TOGGLE', category: 'video', value: true });
        expect(step(on, { type: 'TOGGLE', category: 'video', value: true }).draft.categories.video).toBe(true);
      });

      it('counts a category as granted only when all its services are', () => {
        const on = step(pending, { type: 'TOGGLE', service: 'youtube' });
        expect(on.draft.services.youtube).toBe(true);
        expect(on.draft.categories.video).toBe(true);
        const off = step(on, { type: 'TOGGLE', service: 'youtube' });
        expect(off.draft.categories.video).toBe(false);
      });

      it('cannot turn a required category or service off', () => {
        const state = step(
          pending,
          { type: 'TOGGLE', category: 'necessary', value: false },
          {
            type: 'TOGGLE',
            service: 'auth',
            value: false,
          },
        );
        expect(state.draft.categories.necessary).toBe(true);
        expect(state.draft.services.auth).toBe(true);
      });

      it('ignores unknown ids and returns the same state', () => {
        const unknown = { type: 'TOGGLE', category: 'social' } as unknown as ConsentEvent<Demo>;
        expect(step(pending, unknown)).toBe(pending);
        const inherited = { type: 'TOGGLE', service: 'toString' } as unknown as ConsentEvent<Demo>;
        expect(step(pending, inherited)).toBe(pending);
      });
    });

    describe('when SAVE', () => {
      it('records the draft as a custom choice', () => {
        const state = step(
          pending,
          { type: 'OPEN_PREFERENCES' },
          { type: 'TOGGLE', category: 'statistics' },
          { type: 'SAVE' },
        );
        expect(state).toMatchObject({ status: 'decided', view: 'none' });
        expect(state.record?.method).toBe('custom');
        expect(state.granted.categories).toEqual({ necessary: true, audience: true, statistics: true, video: false });
      });

      it('applies given choices over the draft, ignoring unknown ids', () => {
        const choices = { categories: { video: true, social: true }, services: { analytics: true } } as never;
        const state = step(pending, { type: 'SAVE', choices });
        expect(state.granted.categories).toEqual({ necessary: true, audience: true, statistics: true, video: true });
        expect(Object.keys(state.granted.categories)).not.toContain('social');
      });
    });

    describe('when OPEN_PREFERENCES comes again', () => {
      it('keeps the unsaved draft', () => {
        const open = step(pending, { type: 'OPEN_PREFERENCES' }, { type: 'TOGGLE', category: 'video' });
        expect(step(open, { type: 'OPEN_PREFERENCES' }).draft.categories.video).toBe(true);
      });
    });

    describe('when CLOSE_PREFERENCES closes the preferences', () => {
      it('drops the draft and brings the banner back, granting nothing (rule 4)', () => {
        const state = step(
          pending,
          { type: 'OPEN_PREFERENCES' },
          { type: 'TOGGLE', category: 'video' },
          {
            type: 'CLOSE_PREFERENCES',
          },
        );
        expect(state).toMatchObject({
          status: 'pending',
          view: 'banner',
          record: null,
          granted: allOff,
          draft: allOff,
        });
      });
    });

    describe('when CLOSE_PREFERENCES comes with nothing open', () => {
      it('changes nothing', () => {
        expect(step(pending, { type: 'CLOSE_PREFERENCES' })).toBe(pending);
      });
    });
  });

  describe('given a decision', () => {
    describe('when REJECT_ALL', () => {
      it('withdraws what was accepted before', () => {
        const state = step(pending, { type: 'ACCEPT_ALL' }, { type: 'REJECT_ALL' });
        expect(state.granted).toEqual(allOff);
      });
    });

    describe('when OPEN_PREFERENCES', () => {
      it('starts the draft from what is granted', () => {
        const decided = step(pending, { type: 'SAVE', choices: { categories: { video: true } } });
        const open = step(decided, { type: 'OPEN_PREFERENCES' });
        expect(open.view).toBe('preferences');
        expect(open.draft).toBe(decided.granted);
      });
    });

    describe('when the preferences are changed and closed', () => {
      it('hides everything and keeps the choice', () => {
        const decided = step(pending, { type: 'ACCEPT_ALL' });
        const state = step(
          decided,
          { type: 'OPEN_PREFERENCES' },
          { type: 'TOGGLE', category: 'video' },
          {
            type: 'CLOSE_PREFERENCES',
          },
        );
        expect(state).toMatchObject({ status: 'decided', view: 'none', record: decided.record });
        expect(state.draft.categories.video).toBe(true);
      });
    });

    describe('when RESET', () => {
      it('forgets the choice and asks again', () => {
        const state = step(pending, { type: 'ACCEPT_ALL' }, { type: 'RESET' });
        expect(state).toMatchObject({ status: 'pending', view: 'banner', record: null, granted: allOff });
      });
    });
  });
});

describe('defaultChoices', () => {
  describe('given a catalogue with consent purposes', () => {
    it('pre-ticks none of them (rule 5)', () => {
      expect(defaultChoices(montreuilDemo)).toEqual(allOff);
    });
  });
});

describe('createConsentStore', () => {
  const make = (storage = memoryAdapter()) =>
    createConsentStore({ catalogue: montreuilDemo, storage, now: () => NOW, createId: context.createId });

  describe('given a subscriber', () => {
    it('notifies it on change only, and stops after it unsubscribes', () => {
      const store = make();
      let calls = 0;
      const unsubscribe = store.subscribe(() => calls++);
      store.hydrate();
      store.send({ type: 'CLOSE_PREFERENCES' });
      expect(calls).toBe(1);
      unsubscribe();
      store.send({ type: 'ACCEPT_ALL' });
      expect(calls).toBe(1);
      expect(store.getSnapshot().status).toBe('decided');
    });
  });

  describe('when storage is read', () => {
    it('keeps the server snapshot stable', () => {
      const store = make();
      const server = store.getServerSnapshot();
      store.hydrate();
      expect(store.getServerSnapshot()).toBe(server);
      expect(server.status).toBe('unknown');
    });
  });

  describe('when a decision is made, then reset', () => {
    it('writes the decision to storage and clears it on reset', () => {
      const storage = memoryAdapter();
      const store = make(storage);
      store.hydrate();
      store.send({ type: 'REJECT_ALL' });
      expect(storage.read()).toMatch(/^2\.1\./);
      store.send({ type: 'RESET' });
      expect(storage.read()).toBeNull();
    });
  });

  describe('when decisions grant and revoke', () => {
    it('reports granted and revoked ids to onChange', () => {
      const changes: unknown[] = [];
      const store = createConsentStore({
        catalogue: montreuilDemo,
        storage: memoryAdapter(),
        onChange: ({ granted, revoked }) => changes.push({ granted, revoked }),
      });
      store.hydrate();
      store.send({ type: 'ACCEPT_ALL' });
      store.send({ type: 'SAVE', choices: { categories: { video: false } } });
      expect(changes).toEqual([
        {
          granted: { categories: ['statistics', 'video'], services: ['analytics', 'youtube'] },
          revoked: { categories: [], services: [] },
        },
        { granted: { categories: [], services: [] }, revoked: { categories: ['video'], services: ['youtube'] } },
      ]);
    });
  });

  describe('given a lifetime outside 1 day to 13 months', () => {
    it('refuses it', () => {
      expect(() => createConsentStore({ catalogue: montreuilDemo, maxAgeDays: 400 })).toThrow(
        'maxAgeDays: 400 is outside 1 to 395 days: the CNIL keeps a choice 13 months at most',
      );
      expect(() => createConsentStore({ catalogue: montreuilDemo, maxAgeDays: 0 })).toThrow(/^maxAgeDays:/);
    });
  });

  describe('given no createId', () => {
    it('makes UUID v4 record ids', () => {
      const store = createConsentStore({ catalogue: montreuilDemo, storage: memoryAdapter() });
      store.send({ type: 'ACCEPT_ALL' });
      expect(store.getSnapshot().record?.id).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    });
  });
});
