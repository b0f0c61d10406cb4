/**
 * Property-based tests of the codec (rule 23).
 * - Decoding anything (strings, bytes, JSON, deep nesting, `__proto__` keys, huge arrays, other codec versions,
 *   tampered values) never throws, yields "no choice" (`null`) or a valid record of exactly the catalogue's ids,
 *   and leaves `Object.prototype` untouched.
 * - Every reachable state, for any catalogue of up to 50 categories and 200 services, encodes to a `charte=<value>`
 *   cookie under 4096 bytes that decodes to the same record. States are reached through `transition`, the store's
 *   pure core (the store itself is driven in machine.property.test.ts).
 * Replay a failure with `FC_SEED=<seed> [FC_PATH=<path>] npx vitest run --project unit test/properties`.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnyCatalogue, CatalogueDefinition } from '../../src/core/catalogue';
import { decodeRecord, encodeRecord } from '../../src/core/codec';
import { defineCatalogue } from '../../src/core/define';
import { type ConsentEvent, type ConsentState, initialState, transition } from '../../src/core/machine';
import { type ConsentRecord, DEFAULT_MAX_AGE_DAYS, MAX_AGE_LIMIT_DAYS } from '../../src/core/record';
import { montreuilDemo } from '../fixtures/montreuil';
import {
  applyEdits,
  buildRecord,
  type CatalogueShape,
  catalogueDefinitionArb,
  codePointArb,
  editArb,
  eventOf,
  type Ids,
  idsOf,
  METHODS,
  NOW_ARB,
  type RecordSpec,
  recordSpecArb,
  type Step,
  stepArb,
  storedValue,
} from './arbitraries';
import { defineUnlessProto, ensure, equal, PROPERTY_TIMEOUT, runProperty, same } from './run';

const DAY_MS = 86_400_000;
const RECORD_FIELDS = [
  'catalogueHash',
  'categories',
  'decidedAt',
  'expiresAt',
  'id',
  'lng',
  'method',
  'revision',
  'services',
  'version',
].sort();

const SMALL: CatalogueShape = { maxCategories: 6, maxServices: 10, maxCookies: 2 };

/** `Object.prototype` and friends must come out of every run as they went in: no key added, changed or removed. */
const guarded = [Object.prototype, Array.prototype, Function.prototype, String.prototype] as const;
const snapshotOf = () =>
  guarded.map((proto) =>
    Object.fromEntries(
      Reflect.ownKeys(proto).map((key) => [String(key), Reflect.getOwnPropertyDescriptor(proto, key)]),
    ),
  );
const keysOf = () => guarded.map((proto) => Reflect.ownKeys(proto).map(String).sort().join('\n')).join('\n\n');
const pristine = keysOf();
let before: ReturnType<typeof snapshotOf>;
beforeEach(() => {
  before = snapshotOf();
});
afterEach(() => {
  // Same keys, and the same values and accessors behind them.
  expect(snapshotOf()).toEqual(before);
});
/** Cheap enough to run after every case. */
const assertPrototypesUntouched = () => {
  const probe = {} as Record<string, unknown>;
  if (probe.polluted !== undefined || probe.granted !== undefined || probe.fr !== undefined || keysOf() !== pristine) {
    expect(keysOf()).toEqual(pristine);
    expect(probe.polluted).toBeUndefined();
    expect(probe.granted).toBeUndefined();
    expect(probe.fr).toBeUndefined();
  }
};

/** Either "no choice", or a record of exactly the catalogue's ids with boolean values and valid fields. */
function expectNullOrValid(result: ConsentRecord | null, ids: Ids, now: number, maxAgeDays: number) {
  if (result === null) return;
  const flags = [...Object.values(result.categories), ...Object.values(result.services)];
  equal(Object.keys(result).sort(), RECORD_FIELDS, 'the fields of the record');
  equal(Object.keys(result.categories).sort(), ids.sortedCategories, 'category ids');
  equal(Object.keys(result.services).sort(), ids.sortedServices, 'service ids');
  ensure(
    flags.every((flag) => typeof flag === 'boolean'),
    'every flag a boolean',
  );
  ensure(/^[0-9a-f-]{36}$/.test(result.id), `id ${result.id}`);
  ensure(Number.isSafeInteger(result.revision) && result.revision >= 0, `revision ${result.revision}`);
  ensure(Number.isInteger(result.decidedAt) && result.decidedAt % 1000 === 0, `decidedAt ${result.decidedAt}`);
  ensure(Number.isInteger(result.expiresAt) && result.expiresAt % 1000 === 0, `expiresAt ${result.expiresAt}`);
  ensure(result.expiresAt > now, 'not expired');
  ensure(
    result.expiresAt > result.decidedAt && result.expiresAt - result.decidedAt <= maxAgeDays * DAY_MS,
    'lifetime within maxAgeDays',
  );
  ensure(result.decidedAt <= now + DAY_MS, 'decided no later than a day ahead');
  ensure(METHODS.includes(result.method), `method ${result.method}`);
  ensure(/^[\w-]{1,35}$/.test(result.lng), `lng ${result.lng}`);
  ensure(/^[0-9a-z]{1,7}$/.test(result.catalogueHash), `catalogueHash ${result.catalogueHash}`);
  ensure(/^[\w.+-]{1,40}$/.test(result.version), `version ${result.version}`);
}

/**
 * Catalogues to decode for: the Montreuil demo and 40 generated ones (a fixed seed, so any run can be replayed).
 * Generating one per case would double the run time, and the inputs below are what varies.
 */
const POOL_NOW = Date.UTC(2026, 10, 29, 12);
const POOL = [
  montreuilDemo as AnyCatalogue,
  ...fc
    .sample(catalogueDefinitionArb(SMALL), { seed: 20_261_129, numRuns: 40 })
    .map((definition) => defineCatalogue(definition as CatalogueDefinition) as AnyCatalogue),
].map((catalogue) => {
  const ids = idsOf(catalogue);
  // Valid values to break or enlarge, decided before POOL_NOW: encoding one per case would cost more than decoding.
  const values = fc
    .sample(recordSpecArb, { seed: 7, numRuns: 4 })
    .map((spec) => validEncoding(catalogue, ids, spec, POOL_NOW, DEFAULT_MAX_AGE_DAYS));
  return { catalogue, ids, values };
});
const catalogueArb = fc.nat(POOL.length - 1).map((index) => POOL[index] as (typeof POOL)[number]);

const maxAgeArb = fc.oneof(
  fc.constant(DEFAULT_MAX_AGE_DAYS),
  fc.constant(MAX_AGE_LIMIT_DAYS),
  fc.integer({ min: 1, max: 395 }),
);

/** Decodes `value` for a generated catalogue and checks the result. */
function decodesSafely(valueArb: fc.Arbitrary<unknown>) {
  return fc.property(catalogueArb, valueArb, NOW_ARB, maxAgeArb, ({ catalogue, ids }, value, now, maxAgeDays) => {
    const result = decodeRecord(value, catalogue, now, maxAgeDays);
    expectNullOrValid(result, ids, now, maxAgeDays);
    assertPrototypesUntouched();
  });
}

/** A valid encoding for the catalogue, from a record decided within `maxAgeDays` before `now`. */
function validEncoding(catalogue: AnyCatalogue, ids: Ids, spec: RecordSpec, now: number, maxAgeDays: number) {
  const record = buildRecord(catalogue, ids, { ...spec, lifetimeDays: Math.min(spec.lifetimeDays, maxAgeDays) }, now);
  return encodeRecord(record, catalogue);
}

const deepArb = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 1 }),
    fc.array(tie('node'), { maxLength: 3 }),
    fc.dictionary(
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'polluted', 'categories', 'a'),
      tie('node'),
      {
        maxKeys: 3,
      },
    ),
  ),
})).node;

/** Nesting far deeper than any generator reaches: 1 to 5,000 levels of arrays or objects. */
const deeplyNestedArb = fc.tuple(fc.integer({ min: 1, max: 5000 }), fc.boolean()).map(([depth, arrays]) => {
  let value: unknown = '2.';
  for (let i = 0; i < depth; i++) value = arrays ? [value] : { __proto__: null, nested: value, constructor: value };
  return value;
});

/** An array of length `length + 1` holding `item` at its end only: `new Array(n)` would allocate all of it. */
function sparseArray(length: number, item: unknown): unknown[] {
  const array: unknown[] = [];
  array[length] = item;
  return array;
}

const PROTO_JSON = [
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"categories":{"__proto__":{"polluted":true}},"services":{"constructor":{"prototype":{"polluted":true}}}}',
  '[{"__proto__":{"polluted":true}}]',
];

describe('decodeRecord (rule 23)', () => {
  describe('given any string (any code points, codec-like characters, or `2.` and random parts)', () => {
    it(
      'never throws and returns null or a valid record',
      () =>
        runProperty(
          'decode-arbitrary-strings',
          decodesSafely(
            fc.oneof(
              fc.string({ unit: codePointArb, maxLength: 200 }),
              fc.string({ unit: fc.constantFrom(...'2.0123456789abcdefxyz-_+'), maxLength: 200 }),
              fc
                .array(fc.string({ unit: fc.constantFrom(...'0123456789abcdefz-'), maxLength: 40 }), { maxLength: 12 })
                .map((parts) => `2.${parts.join('.')}`),
            ),
          ),
        ),
      PROPERTY_TIMEOUT,
    );
  });

  describe('given any bytes, as a latin1 string', () => {
    it(
      'never throws and returns null or a valid record',
      () =>
        runProperty(
          'decode-latin1-bytes',
          decodesSafely(fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString('latin1'))),
        ),
      PROPERTY_TIMEOUT,
    );
  });

  describe('given any JSON value, raw or serialised', () => {
    it(
      'never throws and returns null or a valid record',
      () =>
        runProperty(
          'decode-json-values',
          decodesSafely(
            fc.oneof(
              fc.jsonValue({ maxDepth: 4 }),
              fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
            ),
          ),
        ),
      PROPERTY_TIMEOUT,
    );
  });

  describe('given any deeply nested object or array, with __proto__/constructor/prototype keys', () => {
    it(
      'never throws and returns null or a valid record, leaving the prototypes untouched',
      () =>
        runProperty(
          'decode-nested-and-proto-keys',
          decodesSafely(
            fc.oneof(
              deepArb,
              deeplyNestedArb,
              fc.constantFrom(...PROTO_JSON).map((json) => JSON.parse(json)),
              fc.constantFrom(...PROTO_JSON),
              fc.object({
                maxDepth: 3,
                key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'polluted', 'toString'),
                withNullPrototype: true,
              }),
              fc.anything({
                maxDepth: 2,
                withBigInt: true,
                withBoxedValues: true,
                withDate: true,
                withMap: true,
                withSet: true,
                withNullPrototype: true,
                withObjectString: true,
                withSparseArray: true,
                withTypedArray: true,
              }),
            ),
          ),
        ),
      PROPERTY_TIMEOUT,
    );
  });

  describe('given any huge array or huge string made of a valid encoding', () => {
    it(
      'never throws and returns null or a valid record',
      () =>
        runProperty(
          'decode-huge-values',
          fc.property(
            catalogueArb,
            fc.nat(3),
            fc.oneof(
              {
                weight: 3,
                arbitrary: fc.integer({ min: 0, max: 2 ** 32 - 2 }).map((n) => ({ kind: 'sparse' as const, n })),
              },
              { weight: 2, arbitrary: fc.integer({ min: 0, max: 5000 }).map((n) => ({ kind: 'dense' as const, n })) },
              // Around the codec's 4000-character limit on the granted part, and far beyond it.
              {
                weight: 3,
                arbitrary: fc.integer({ min: 3900, max: 4100 }).map((n) => ({ kind: 'padded' as const, n })),
              },
              {
                weight: 1,
                arbitrary: fc.integer({ min: 0, max: 100_000 }).map((n) => ({ kind: 'padded' as const, n })),
              },
              {
                weight: 1,
                arbitrary: fc.integer({ min: 0, max: 20_000 }).map((n) => ({ kind: 'repeat' as const, n })),
              },
            ),
            ({ catalogue, ids, values }, index, huge) => {
              const now = POOL_NOW;
              const valid = values[index] as string;
              const value =
                huge.kind === 'sparse'
                  ? sparseArray(huge.n, valid)
                  : huge.kind === 'dense'
                    ? Array.from({ length: huge.n }, () => valid)
                    : huge.kind === 'padded'
                      ? `${valid}-${'a'.repeat(huge.n)}`
                      : `2.${'0.'.repeat(huge.n)}`;
              expectNullOrValid(
                decodeRecord(value, catalogue, now, DEFAULT_MAX_AGE_DAYS),
                ids,
                now,
                DEFAULT_MAX_AGE_DAYS,
              );
              assertPrototypesUntouched();
            },
          ),
        ),
      PROPERTY_TIMEOUT,
    );
  });

  describe('given any value of an earlier (1.…) or future (3.…) codec version', () => {
    it(
      'returns null',
      () =>
        runProperty(
          'decode-other-versions',
          fc.property(
            catalogueArb,
            fc.nat(3),
            fc.nat(11),
            fc.constantFrom('1', '3', '0', '02', '20', '2 ', ' 2', '+2', '2e0', 'v2', '', '1.0', '3.0', '-2', '²'),
            fc.boolean(),
            ({ catalogue, values }, index, fields, version, keepTail) => {
              const now = POOL_NOW;
              const valid = values[index] as string;
              // Same body under another version, or an earlier/future shape with fewer or more fields.
              const value = keepTail
                ? `${version}${valid.slice(1)}`
                : `${version}.${valid
                    .split('.')
                    .slice(1, 1 + fields)
                    .join('.')}`;
              const result = decodeRecord(value, catalogue, now, DEFAULT_MAX_AGE_DAYS);
              same(result, null, `decoded ${value}`);
              assertPrototypesUntouched();
            },
          ),
        ),
      PROPERTY_TIMEOUT,
    );
  });

  describe('given any valid encoding', () => {
    describe('when edited at random', () => {
      it(
        'returns null or a valid record, which re-encodes to itself',
        () =>
          runProperty(
            'decode-mutated-encodings',
            fc.property(
              catalogueArb,
              recordSpecArb,
              NOW_ARB,
              maxAgeArb,
              fc.array(editArb, { minLength: 1, maxLength: 5 }),
              ({ catalogue, ids }, spec, now, maxAgeDays, edits) => {
                const value = applyEdits(validEncoding(catalogue, ids, spec, now, maxAgeDays), edits);
                const result = decodeRecord(value, catalogue, now, maxAgeDays);
                expectNullOrValid(result, ids, now, maxAgeDays);
                // Whatever is accepted is a record the kit itself would write: it re-encodes to the same record.
                if (result)
                  equal(
                    decodeRecord(encodeRecord(result, catalogue), catalogue, now, maxAgeDays),
                    result,
                    're-encoded',
                  );
                assertPrototypesUntouched();
              },
            ),
          ),
        PROPERTY_TIMEOUT,
      );
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Round trip of every reachable state.

/** A boundary of the stored value: the largest nine-digit base-36 revision (the codec's limit before 0849bdf). */
const CODEC_MAX_REVISION = 36 ** 9 - 1;

/** Runs `steps` through `transition` from the initial state; calls `check` with every state reached. */
function drive(
  catalogue: AnyCatalogue,
  ids: Ids,
  steps: readonly Step[],
  start: number,
  maxAgeDays: number,
  lng: string,
  check: (state: ConsentState) => void,
) {
  let now = start;
  let count = 0;
  let state = initialState(catalogue);
  const context = () => ({
    catalogue,
    now,
    maxAgeDays,
    lng,
    createId: () => `00000000-0000-4000-8000-${(count++).toString(16).padStart(12, '0')}`,
  });
  check(state);
  for (const step of steps) {
    let event: ConsentEvent;
    if (step.type === 'EVENT') event = eventOf(step.event, ids);
    else if (step.type === 'HYDRATE_STORED') {
      // What the store sends: the stored value, decoded now.
      event = {
        type: 'HYDRATE',
        record: decodeRecord(storedValue(catalogue, ids, step, now, maxAgeDays), catalogue, now, maxAgeDays),
      };
    } else if (step.type === 'HYDRATE_RECORD')
      event = { type: 'HYDRATE', record: buildRecord(catalogue, ids, step.spec, now) };
    else {
      if (step.type === 'CLOCK') now = Math.max(Date.UTC(1990, 0, 1), now + step.delta);
      continue;
    }
    state = transition(state, event, context());
    check(state);
  }
}

/** The stored value of a reachable record: cookie-safe, under 4096 bytes with its name, and decoded to itself. */
function expectRoundTrip(record: ConsentRecord, catalogue: AnyCatalogue, ids: Ids, maxAgeDays: number) {
  equal(Object.keys(record.categories).sort(), ids.sortedCategories, 'category ids of the record');
  equal(Object.keys(record.services).sort(), ids.sortedServices, 'service ids of the record');
  const value = encodeRecord(record, catalogue);
  ensure(/^[\w.+-]*$/.test(value), `cookie-safe value: ${value}`);
  const bytes = Buffer.byteLength(`charte=${value}`, 'utf8');
  ensure(bytes < 4096, `charte=<value> is ${bytes} bytes`);
  equal(decodeRecord(value, catalogue, record.decidedAt, maxAgeDays), record, 'the record decoded from its value');
}

const lngArb = fc.oneof(
  fc.constantFrom('fr', 'en', 'de-CH', 'pt_BR'),
  fc.string({ unit: codePointArb, maxLength: 50 }),
);

/**
 * Small catalogues mostly (up to 6 categories and 10 services), 2 % medium ones (up to 20 and 60), and 0.5 % at
 * the maximum, 50 categories and 200 services: about 50 of those per 10,000 runs, each run about 40 ms.
 */
const sizedCatalogueArb = (revision: fc.Arbitrary<number>) =>
  fc.oneof(
    { weight: 195, arbitrary: catalogueDefinitionArb({ ...SMALL, revision, textLength: 4 }) },
    {
      weight: 4,
      arbitrary: catalogueDefinitionArb({
        maxCategories: 20,
        maxServices: 60,
        maxCookies: 1,
        revision,
        size: 'medium',
      }),
    },
    {
      weight: 1,
      arbitrary: catalogueDefinitionArb({
        minCategories: 50,
        maxCategories: 50,
        minServices: 200,
        maxServices: 200,
        maxCookies: 1,
        revision,
      }),
    },
  );

const ACCEPT_ALL: Step = { type: 'EVENT', event: { type: 'ACCEPT_ALL' } };

const roundTripProperty = (
  definitionArb: fc.Arbitrary<CatalogueDefinition>,
  maxAgeDaysArb: fc.Arbitrary<number>,
  maxSteps: number,
) =>
  fc.property(
    definitionArb,
    fc.array(stepArb(), { minLength: 1, maxLength: maxSteps }),
    NOW_ARB,
    maxAgeDaysArb,
    lngArb,
    (definition, generated, now, maxAgeDays, lng) => {
      const catalogue = defineCatalogue(definition) as AnyCatalogue;
      const ids = idsOf(catalogue);
      // Fewer events for bigger catalogues, to keep the run short; the largest ones start with the largest value.
      const steps =
        ids.services.length > 60
          ? [ACCEPT_ALL, ...generated.slice(0, 2)]
          : generated.slice(0, ids.services.length > 10 ? 4 : maxSteps);
      let checked: ConsentRecord | null = null;
      drive(catalogue, ids, steps, now, maxAgeDays, lng, (state) => {
        // Each record once: TOGGLE, OPEN and CLOSE keep it.
        if (state.record && state.record !== checked) expectRoundTrip(state.record, catalogue, ids, maxAgeDays);
        checked = state.record;
      });
    },
  );

describe('encodeRecord and decodeRecord', () => {
  describe('given any catalogue (up to 50 categories and 200 services, any ids but __proto__)', () => {
    describe('when any events are applied', () => {
      it(
        'encodes every reachable state under 4096 bytes, cookie-safe, and decodes it to the same record',
        () =>
          runProperty(
            'round-trip-reachable-states',
            roundTripProperty(
              sizedCatalogueArb(
                fc.oneof(fc.nat(20), fc.nat(), fc.integer({ min: CODEC_MAX_REVISION - 5, max: CODEC_MAX_REVISION })),
              ),
              maxAgeArb,
              4,
            ),
          ),
        PROPERTY_TIMEOUT,
      );
    });
  });

  // The three properties below cover what the first leaves out; each failed on the code as first tested (see report).
  describe('given any revision validateCatalogue accepts (any safe integer ≥ 0)', () => {
    describe('when any events are applied', () => {
      it(
        'encodes every reachable state under 4096 bytes, cookie-safe, and decodes it to the same record',
        () =>
          runProperty(
            'round-trip-any-valid-revision',
            roundTripProperty(
              catalogueDefinitionArb({
                ...SMALL,
                revision: fc.oneof(fc.maxSafeNat(), fc.constantFrom(CODEC_MAX_REVISION + 1, Number.MAX_SAFE_INTEGER)),
              }),
              maxAgeArb,
              2,
            ),
          ),
        PROPERTY_TIMEOUT,
      );
    });
  });

  describe('given any maxAgeDays createConsentStore accepts (1 to 395, not only whole days)', () => {
    describe('when any events are applied', () => {
      it(
        'encodes every reachable state under 4096 bytes, cookie-safe, and decodes it to the same record',
        () =>
          runProperty(
            'round-trip-any-max-age',
            roundTripProperty(
              catalogueDefinitionArb(SMALL),
              fc.oneof(fc.integer({ min: 1, max: 395 }), fc.double({ min: 1, max: 395, noNaN: true })),
              2,
            ),
          ),
        PROPERTY_TIMEOUT,
      );
    });
  });

  describe('given any catalogue with __proto__ ids', () => {
    describe('when all is accepted, or all refused', () => {
      it(
        'either defineCatalogue refuses the catalogue with a CatalogueError, or the record round-trips with every id',
        () =>
          runProperty(
            'round-trip-proto-ids',
            fc.property(catalogueDefinitionArb({ ...SMALL, proto: true }), NOW_ARB, (definition, now) => {
              const catalogue = defineUnlessProto(definition);
              if (!catalogue) return;
              const ids = idsOf(catalogue);
              for (const type of ['ACCEPT_ALL', 'REJECT_ALL'] as const) {
                drive(
                  catalogue,
                  ids,
                  [{ type: 'EVENT', event: { type } }],
                  now,
                  DEFAULT_MAX_AGE_DAYS,
                  'fr',
                  (state) => {
                    if (state.record) expectRoundTrip(state.record, catalogue, ids, DEFAULT_MAX_AGE_DAYS);
                  },
                );
              }
            }),
          ),
        PROPERTY_TIMEOUT,
      );
    });
  });
});
