import { describe, expect, it } from 'vitest';
import { createConsentStore, memoryAdapter } from '../../src/core';
import { montreuilDemo } from '../fixtures/montreuil';

const DAY = 86_400_000;
const T = Date.UTC(2026, 10, 29, 9, 30, 0);

/** A page load at `now` over the same storage. */
function load(storage: ReturnType<typeof memoryAdapter>, now: number, maxAgeDays?: number) {
  const store = createConsentStore({
    catalogue: montreuilDemo,
    storage,
    now: () => now,
    ...(maxAgeDays === undefined ? {} : { maxAgeDays }),
  });
  store.hydrate();
  return store;
}

describe('given a choice made at T under the default lifetime (rule 8)', () => {
  it.each([
    ['an acceptance', 'ACCEPT_ALL'],
    ['a refusal', 'REJECT_ALL'],
  ] as const)('%s is still valid at T + 182 days and asked again at T + 184 days', (_name, decision) => {
    const storage = memoryAdapter();
    load(storage, T).send({ type: decision });
    expect(load(storage, T + 182 * DAY).getSnapshot()).toMatchObject({ status: 'decided', view: 'none' });
    expect(load(storage, T + 184 * DAY).getSnapshot()).toMatchObject({
      status: 'pending',
      view: 'banner',
      record: null,
    });
  });

  it('records when it lapses', () => {
    const store = load(memoryAdapter(), T);
    store.send({ type: 'ACCEPT_ALL' });
    expect(store.getSnapshot().record?.expiresAt).toBe(T + 183 * DAY);
  });
});

describe('a configured lifetime', () => {
  it('is honoured', () => {
    const storage = memoryAdapter();
    load(storage, T, 30).send({ type: 'REJECT_ALL' });
    expect(load(storage, T + 29 * DAY, 30).getSnapshot().status).toBe('decided');
    expect(load(storage, T + 31 * DAY, 30).getSnapshot().status).toBe('pending');
  });

  it('over 13 months is refused with an error naming the limit', () => {
    expect(() => load(memoryAdapter(), T, 400)).toThrow(/maxAgeDays: 400 .*13 months/);
  });
});
