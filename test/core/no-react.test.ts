import { describe, expect, it, vi } from 'vitest';

vi.mock('react', () => {
  throw new Error('charte/core must not import react');
});
vi.mock('i18next', () => {
  throw new Error('charte/core must not import i18next');
});

describe('charte/core', () => {
  it('as built (dist/core.js) works with react and i18next unavailable', async () => {
    const core = await import('../../dist/core.js');
    const { montreuil } = await import('../fixtures/montreuil');
    const store = core.createConsentStore({ catalogue: montreuil, storage: core.memoryAdapter() });
    store.hydrate();
    store.send({ type: 'ACCEPT_ALL' });
    expect(store.getSnapshot().record?.method).toBe('accept-all');
  });

  it('as source works with react and i18next unavailable', async () => {
    const core = await import('../../src/core');
    const { montreuil } = await import('../fixtures/montreuil');
    const store = core.createConsentStore({ catalogue: montreuil, storage: core.memoryAdapter() });
    store.hydrate();
    store.send({ type: 'REJECT_ALL' });
    expect(store.getSnapshot().status).toBe('decided');
  });
});
