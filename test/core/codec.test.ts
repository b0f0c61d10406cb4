import { describe, expect, it } from 'vitest';
import {
  type ConsentRecord,
  createConsentStore,
  decodeRecord,
  defineCatalogue,
  encodeRecord,
  memoryAdapter,
} from '../../src/core';
import { montreuilDemo } from '../fixtures/montreuil';

const NOW = Date.UTC(2026, 10, 29, 12, 0, 0);

function recordFor<C extends typeof montreuilDemo>(catalogue: C, decide: 'ACCEPT_ALL' | 'REJECT_ALL' = 'ACCEPT_ALL') {
  const store = createConsentStore({ catalogue, storage: memoryAdapter(), now: () => NOW });
  store.send({ type: decide });
  return store.getSnapshot().record as ConsentRecord<C>;
}

const record = recordFor(montreuilDemo);
const value = encodeRecord(record, montreuilDemo);
const seconds = (ms: number) => Math.floor(ms / 1000).toString(36);
const replacePart = (encoded: string, index: number, part: string) =>
  encoded
    .split('.')
    .map((old, i) => (i === index ? part : old))
    .join('.');
const withPart = (index: number, part: string) => replacePart(value, index, part);

describe('encodeRecord and decodeRecord', () => {
  it('round-trips every method', () => {
    for (const decide of ['ACCEPT_ALL', 'REJECT_ALL'] as const) {
      const original = recordFor(montreuilDemo, decide);
      expect(decodeRecord(encodeRecord(original, montreuilDemo), montreuilDemo, NOW)).toEqual(original);
    }
    const store = createConsentStore({ catalogue: montreuilDemo, storage: memoryAdapter(), now: () => NOW });
    store.send({ type: 'SAVE', choices: { services: { youtube: true } } });
    const custom = store.getSnapshot().record as ConsentRecord<typeof montreuilDemo>;
    expect(decodeRecord(encodeRecord(custom, montreuilDemo), montreuilDemo, NOW)).toEqual(custom);
  });

  it('writes a compact, cookie-safe value', () => {
    expect(value).toMatch(/^2\.1\.[0-9a-z]+\.[0-9a-z]+\.a\.[0-9a-f-]{36}\.fr\.[0-9a-z]+\.0\.1\.0\.[0-9a-z-]+$/);
    // 11 ids granted, one fingerprint of at most 7 characters each.
    expect(value.length).toBeLessThan(200);
  });

  it('does not depend on declaration order', () => {
    const reordered = defineCatalogue({
      revision: 1,
      categories: {
        video: montreuilDemo.categories.video,
        statistics: montreuilDemo.categories.statistics,
        audience: montreuilDemo.categories.audience,
        necessary: montreuilDemo.categories.necessary,
      },
      services: Object.fromEntries(Object.entries(montreuilDemo.services).reverse()) as typeof montreuilDemo.services,
    });
    expect(decodeRecord(value, reordered, NOW)).toEqual(record);
  });

  it('stays under 4096 bytes for 50 categories and 200 services with long ids', () => {
    const long = (prefix: string, i: number) => `${prefix}-${i}-${'x'.repeat(60)}`;
    const categories = Object.fromEntries(
      Array.from({ length: 50 }, (_, i) => [long('category', i), { title: 'T', description: 'D' }]),
    );
    const services = Object.fromEntries(
      Array.from({ length: 200 }, (_, i) => [
        long('service', i),
        { category: long('category', i % 50), provider: 'P', title: 'T', cookies: [] },
      ]),
    );
    const big = defineCatalogue({ revision: 7, categories, services });
    const store = createConsentStore({ catalogue: big, storage: memoryAdapter(), now: () => NOW });
    store.send({ type: 'ACCEPT_ALL' });
    const encoded = encodeRecord(store.getSnapshot().record as ConsentRecord<typeof big>, big);
    expect(new TextEncoder().encode(`charte=${encoded}`).length).toBeLessThan(4096);
    expect(decodeRecord(encoded, big, NOW)).toEqual(store.getSnapshot().record);
  });
});

describe('given a malformed stored value, decoding means "no choice"', () => {
  const hostile = [
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['an object', { v: 1 }],
    ['an array', [value]],
    ['an empty string', ''],
    ['plain text', 'accepted'],
    ['JSON', JSON.stringify(record)],
    ['a __proto__ JSON payload', '{"__proto__":{"polluted":true},"categories":{"statistics":true}}'],
    ['a constructor.prototype payload', '{"constructor":{"prototype":{"polluted":true}}}'],
    ['a __proto__ method code', withPart(4, '__proto__')],
    ['a toString method code', withPart(4, 'toString')],
    ['a huge value', `${value}.${'A'.repeat(1_000_000)}`],
    ['a huge granted list', withPart(11, 'f'.repeat(5000))],
    ['an unknown version', withPart(0, '3')],
    ['the previous codec version', withPart(0, '1')],
    ['a negative revision', withPart(1, '-1')],
    ['a non-numeric date', withPart(2, 'yesterday!')],
    [
      'an expiry before the decision',
      replacePart(withPart(3, seconds(NOW + 6 * 3_600_000)), 2, seconds(NOW + 12 * 3_600_000)),
    ],
    ['an expired choice', withPart(3, seconds(NOW - 1000))],
    ['a decision from the future', withPart(2, seconds(NOW + 10 * 86_400_000))],
    ['an unknown method', withPart(4, 'x')],
    ['a malformed id', withPart(5, 'not-a-uuid')],
    ['a language with a cookie separator', withPart(6, 'fr;x')],
    ['a hash longer than 32 bits', withPart(7, 'zzzzzzzz')],
    ['a granted list with a character outside base 36', withPart(11, 'ZZ')],
    ['a missing part', value.split('.').slice(0, 9).join('.')],
    ['boolean words instead of fingerprints', withPart(11, 'true;false')],
    ['a lifetime over the 13-month limit', withPart(3, seconds(NOW + 400 * 86_400_000))],
  ] as const;

  it.each(hostile)('%s', (_name, input) => {
    expect(decodeRecord(input, montreuilDemo, NOW)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('ignores a choice set to live longer than the provider’s maxAgeDays', () => {
    expect(decodeRecord(value, montreuilDemo, NOW, 183)).toEqual(record);
    expect(decodeRecord(value, montreuilDemo, NOW, 30)).toBeNull();
  });

  it('has at least 20 distinct hostile inputs', () => {
    expect(new Set(hostile.map(([, input]) => JSON.stringify(input) ?? 'undefined')).size).toBeGreaterThanOrEqual(20);
  });
});
