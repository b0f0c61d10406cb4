import { describe, expect, it, vi } from 'vitest';

vi.mock('react', () => {
  throw new Error('charte/core must not import react');
});
vi.mock('i18next', () => {
  throw new Error('charte/core must not import i18next');
});

describe('charte/core', () => {
  describe('given react and i18next cannot be imported', () => {
    it.each([
      ['as built (dist/core.js)', () => import('../../dist/core.js')],
      ['as source', () => import('../../src/core')],
    ])('%s, still creates a store and records a refusal', async (_name, load) => {
      const core = await load();
      const { montreuil } = await import('../fixtures/montreuil');
      const store = core.createConsentStore({ catalogue: montreuil, storage: core.memoryAdapter() });
      store.hydrate();
      store.send({ type: 'REJECT_ALL' });
      expect(store.getSnapshot().record?.method).toBe('reject-all');
    });
  });
});
