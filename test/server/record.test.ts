import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import schema from '../../schema/consent-record.schema.json' with { type: 'json' };
import { checkRecord } from '../../src/server';
import { shapeProblem } from '../../src/server/record';
import { montreuilDemo, revised } from '../fixtures/montreuil';
import { recordOf } from './helpers';

const NOW = Date.UTC(2026, 0, 15, 10, 30);
const DAY = 86_400_000;
const rules = { now: NOW, maxAgeDays: 183 };
const valid = recordOf(montreuilDemo, 'ACCEPT_ALL', { now: NOW });

const check = (value: unknown) => checkRecord(value, montreuilDemo, rules);
const problemOf = (value: unknown) => {
  const checked = check(value);
  return 'problem' in checked ? checked.problem : null;
};
const withFields = (fields: Record<string, unknown>) => ({ ...valid, ...fields });
const without = (field: string) => Object.fromEntries(Object.entries(valid).filter(([key]) => key !== field));

describe('checkRecord', () => {
  describe('given a record the kit made', () => {
    it.each(['ACCEPT_ALL', 'REJECT_ALL', 'SAVE'] as const)('takes it (%s), as it made it', (type) => {
      const record = recordOf(montreuilDemo, type, { now: NOW });
      expect(check(JSON.parse(JSON.stringify(record)))).toEqual({ record });
    });

    it('takes one decided up to a day ahead of the server, as the codec reads one (client clocks drift)', () => {
      const ahead = recordOf(montreuilDemo, 'ACCEPT_ALL', { now: NOW + DAY - 1000 });
      expect(check(ahead)).toEqual({ record: ahead });
    });
  });

  describe('given a value with one thing wrong', () => {
    it.each([
      ['not an object', [valid], 'record'],
      ['an unknown field', withFields({ ip: '203.0.113.7' }), 'ip'],
      ['a missing field', without('method'), 'method'],
      ['an id in upper case', withFields({ id: valid.id.toUpperCase() }), 'id'],
      ['an id that is not a v4 UUID', withFields({ id: '00000000-0000-1000-8000-000000000000' }), 'id'],
      ['a date in milliseconds', withFields({ decidedAt: NOW + 1 }), 'decidedAt'],
      ['a date as a string', withFields({ expiresAt: new Date(NOW).toISOString() }), 'expiresAt'],
      ['a negative revision', withFields({ revision: -1 }), 'revision'],
      ['a hash of 8 digits', withFields({ catalogueHash: '12345678' }), 'catalogueHash'],
      ['a language with a space', withFields({ lng: 'fr FR' }), 'lng'],
      ['an unknown method', withFields({ method: 'scroll' }), 'method'],
      ['a version that is not semantic', withFields({ version: 'v1' }), 'version'],
      ['a version too long for the cookie', withFields({ version: `1.0.0-${'a'.repeat(40)}` }), 'version'],
      ['categories as an array', withFields({ categories: [] }), 'categories'],
      [
        'a flag that is not a boolean',
        withFields({ services: { ...valid.services, youtube: 'yes' } }),
        'services.youtube',
      ],
      ['another revision', withFields({ revision: 2 }), 'revision'],
      ['an unknown category', withFields({ categories: { ...valid.categories, maps: true } }), 'categories.maps'],
      ['a missing service', withFields({ services: { ...valid.services, youtube: undefined } }), 'services.youtube'],
      [
        'a refused required category',
        withFields({ categories: { ...valid.categories, necessary: false } }),
        'categories.necessary',
      ],
      ['a refused necessary service', withFields({ services: { ...valid.services, auth: false } }), 'services.auth'],
      [
        'a category granted with a refused service',
        withFields({ services: { ...valid.services, youtube: false } }),
        'categories.video',
      ],
      ['a decision two days ahead', withFields({ decidedAt: NOW + 2 * DAY }), 'decidedAt'],
      ['an expiry before the decision', withFields({ expiresAt: valid.decidedAt }), 'expiresAt'],
      ['an expiry beyond maxAgeDays', withFields({ expiresAt: valid.decidedAt + 184 * DAY }), 'expiresAt'],
    ])('refuses %s, naming the field', (_, value, field) => {
      const json = JSON.parse(JSON.stringify(value));
      expect(problemOf(json)).toEqual({ field, problem: expect.any(String) });
    });
  });

  describe('given a record of an earlier catalogue revision', () => {
    it('refuses it as "another revision"', () => {
      const record = recordOf(montreuilDemo, 'ACCEPT_ALL', { now: NOW });
      expect(checkRecord(record, revised, rules)).toEqual({
        problem: { field: 'revision', problem: "this site's catalogue is at revision 2" },
      });
    });
  });

  describe('given "__proto__" as a key', () => {
    it('refuses it, as an unknown field or id, and leaves Object.prototype alone', () => {
      expect(problemOf(JSON.parse(`{"__proto__": {}, ${JSON.stringify(valid).slice(1)}`))).toMatchObject({
        field: '__proto__',
      });
      const categories = JSON.parse(`{"__proto__": true, ${JSON.stringify(valid.categories).slice(1)}`);
      expect(problemOf({ ...valid, categories })).toMatchObject({ field: 'categories.__proto__' });
      expect(Object.prototype).not.toHaveProperty('necessary');
    });
  });
});

describe('shapeProblem, the hand-written check of schema/consent-record.schema.json', () => {
  const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
  /** The dotted field an ajv error names. */
  const fieldOf = ({ instancePath, params }: ErrorObject) => {
    const parts = [
      ...instancePath
        .split('/')
        .slice(1)
        .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~')),
      ...[params.missingProperty ?? params.additionalProperty].filter((name) => name !== undefined),
    ];
    return parts.length > 0 ? parts.join('.') : 'record';
  };

  // JSON values; numbers up to 1e18 (ajv's multipleOf reads a quotient of 1e21 or more in exponent notation).
  const json: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.string(),
      fc.boolean(),
      fc.constant(null),
      fc.integer(),
      fc.double({ min: -1e18, max: 1e18, noNaN: true }),
      fc.array(tie('value'), { maxLength: 3 }),
      fc.dictionary(fc.string(), tie('value'), { maxKeys: 3 }),
    ),
  })).value;
  const nearly = {
    id: fc.oneof(fc.uuid(), fc.uuid({ version: 4 }), fc.constant(valid.id.toUpperCase())),
    decidedAt: fc.oneof(
      fc.integer({ min: -2, max: 2 }).map((n) => NOW + n * 500),
      fc.constant(-1000),
    ),
    expiresAt: fc.oneof(
      fc.integer({ min: 0, max: 4 }).map((n) => n * 1000),
      fc.constant(1.5),
    ),
    revision: fc.oneof(fc.integer({ min: -2, max: 3 }), fc.constant(1.5)),
    catalogueHash: fc.stringMatching(/^[0-9a-zA-Z]{0,9}$/),
    lng: fc.oneof(fc.constantFrom('fr', 'en-GB', 'und', 'fr FR', '', 'é'), fc.string()),
    method: fc.oneof(
      fc.constantFrom('accept-all', 'reject-all', 'custom', 'gpc', 'continue-without-accepting'),
      fc.string(),
    ),
    version: fc.oneof(fc.constantFrom('0.1.0', '1.2.3-beta.1', '1.2', 'v1.2.3'), fc.string()),
    categories: fc.dictionary(fc.constantFrom('necessary', 'video', 'x'), fc.oneof(fc.boolean(), json)),
    services: fc.dictionary(fc.constantFrom('auth', 'youtube', 'y'), fc.oneof(fc.boolean(), json)),
  } as const;
  const keys = Object.keys(nearly) as (keyof typeof nearly)[];
  const field = (key: keyof typeof nearly) =>
    fc.oneof({ weight: 6, arbitrary: fc.constant(valid[key] as unknown) }, { weight: 3, arbitrary: nearly[key] }, json);
  const record = fc.oneof(
    { weight: 3, arbitrary: fc.constant(valid as unknown as Record<string, unknown>) },
    // One field changed: the near-misses a validator most often gets wrong.
    {
      weight: 12,
      arbitrary: fc
        .constantFrom(...keys)
        .chain((key) =>
          fc.oneof(nearly[key] as fc.Arbitrary<unknown>, json).map((value) => ({ ...valid, [key]: value })),
        ),
    },
    { weight: 4, arbitrary: fc.record(Object.fromEntries(keys.map((key) => [key, field(key)]))) },
  );
  const mutated = fc.oneof(
    {
      weight: 12,
      arbitrary: fc
        .tuple(
          record,
          fc.oneof({ weight: 6, arbitrary: fc.constant([]) }, fc.subarray(keys, { minLength: 1, maxLength: 2 })),
          fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, fc.string({ minLength: 1 })),
        )
        .map(([value, drop, extra]) => {
          const copy = Object.fromEntries(Object.entries(value).filter(([key]) => !(drop as string[]).includes(key)));
          if (extra !== null) copy[extra] = true;
          return copy;
        }),
    },
    json,
  );

  describe('given any valid record, near-miss or odd JSON value', () => {
    it('gives ajv’s verdict, and names a field ajv names, on 20,000 of them', () => {
      let accepted = 0;
      fc.assert(
        fc.property(mutated, (value) => {
          const ours = shapeProblem(value);
          const ajv = validate(value);
          expect(ours === null).toBe(ajv);
          if (ours) expect((validate.errors ?? []).map(fieldOf)).toContain(ours.field);
          accepted += Number(ajv);
        }),
        { numRuns: 20_000, seed: 19 },
      );
      // The property saw both verdicts often.
      expect(accepted).toBeGreaterThan(1000);
      expect(accepted).toBeLessThan(19_000);
    });
  });
});
