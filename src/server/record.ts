import type { AnyCatalogue, ConsentMethod, ConsentRecord } from '../core';
import { lifetimeMs, servicesOf } from '../core';

/** Why a posted record was refused: the dotted path of the bad field, and what is wrong with it. */
export interface RecordProblem {
  readonly field: string;
  readonly problem: string;
}

/** What `checkRecord` needs besides the record: the server's clock and the provider's `maxAgeDays`. */
export interface RecordRules {
  readonly now: number;
  readonly maxAgeDays: number;
}

const FIELDS = [
  'id',
  'decidedAt',
  'expiresAt',
  'revision',
  'catalogueHash',
  'lng',
  'method',
  'version',
  'categories',
  'services',
] as const;
const METHODS: readonly ConsentMethod[] = ['accept-all', 'reject-all', 'custom', 'gpc', 'continue-without-accepting'];
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const HASH = /^[0-9a-z]{1,7}$/;
const LNG = /^[\w-]{1,35}$/;
const VERSION = /^\d+\.\d+\.\d+/;
/** What the stored value can hold of a version (src/core/codec.ts). */
const STORABLE_VERSION = /^[\w.+-]{1,40}$/;
/** The codec reads a choice decided up to a day ahead of the reader's clock: client clocks drift. */
const CLOCK_SKEW_MS = 86_400_000;

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isTimestamp = (value: unknown) =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) % 1000 === 0;
const matches = (value: unknown, pattern: RegExp) => typeof value === 'string' && pattern.test(value);
const problem = (field: string, text: string): RecordProblem => ({ field, problem: text });

/** The first key of `flags` whose value is not a boolean. */
const nonBoolean = (flags: Fields) => Object.keys(flags).find((key) => typeof flags[key] !== 'boolean');

/**
 * The rules of schema/consent-record.schema.json, checked by hand so that the server needs no validator at run
 * time (a test holds them equal to ajv's verdict): the first one broken, or `null`.
 */
export function shapeProblem(value: unknown): RecordProblem | null {
  if (!isObject(value)) return problem('record', 'expected a JSON object');
  const unknown = Object.keys(value).find((key) => !(FIELDS as readonly string[]).includes(key));
  if (unknown !== undefined) return problem(unknown, 'unknown field');
  const missing = FIELDS.find((field) => !Object.hasOwn(value, field));
  if (missing) return problem(missing, 'missing');
  if (!matches(value.id, UUID_V4)) return problem('id', 'expected a random UUID (v4), in lower case');
  for (const field of ['decidedAt', 'expiresAt'] as const) {
    if (!isTimestamp(value[field])) return problem(field, 'expected milliseconds since the epoch, in whole seconds');
  }
  if (!(Number.isInteger(value.revision) && (value.revision as number) >= 0)) {
    return problem('revision', 'expected a whole number ≥ 0');
  }
  if (!matches(value.catalogueHash, HASH)) return problem('catalogueHash', 'expected 1 to 7 base-36 digits');
  if (!matches(value.lng, LNG)) return problem('lng', 'expected a language tag of letters, digits, _ and -');
  if (!METHODS.includes(value.method as ConsentMethod))
    return problem('method', `expected one of ${METHODS.join(', ')}`);
  if (!matches(value.version, VERSION)) return problem('version', 'expected a version such as 1.2.3');
  for (const group of ['categories', 'services'] as const) {
    const flags = value[group];
    if (!isObject(flags)) return problem(group, 'expected an object of booleans');
    const bad = nonBoolean(flags);
    if (bad !== undefined) return problem(`${group}.${bad}`, 'expected a boolean');
  }
  return null;
}

/** Checks that `flags` holds exactly `ids`, and returns them in the catalogue's order. */
function idsProblem(flags: Fields, ids: readonly string[], group: string, kind: string): RecordProblem | null {
  const unknown = Object.keys(flags).find((id) => !ids.includes(id));
  if (unknown !== undefined) return problem(`${group}.${unknown}`, `not a ${kind} of this site's catalogue`);
  const missing = ids.find((id) => !Object.hasOwn(flags, id));
  return missing === undefined ? null : problem(`${group}.${missing}`, 'missing');
}

/** The rules the kit's state machine never breaks: required purposes on, a category on only with all its services. */
function choicesProblem(catalogue: AnyCatalogue, categories: Fields, services: Fields): RecordProblem | null {
  for (const id of catalogue.categoryIds) {
    const own = servicesOf(catalogue, id);
    if (catalogue.categories[id]?.required) {
      if (categories[id] !== true) return problem(`categories.${id}`, 'a required category is always granted');
      const off = own.find((service) => services[service] !== true);
      if (off !== undefined) return problem(`services.${off}`, 'a service of a required category is always granted');
    } else if (own.length > 0 && categories[id] !== own.every((service) => services[service] === true)) {
      return problem(`categories.${id}`, 'granted only when every one of its services is');
    }
  }
  return null;
}

/** Whether `value` is a record this site's kit could have made: its schema, then `catalogue` and the clock. */
export function checkRecord<C extends AnyCatalogue>(
  value: unknown,
  catalogue: C,
  { now, maxAgeDays }: RecordRules,
): { readonly record: ConsentRecord<C> } | { readonly problem: RecordProblem } {
  const refuse = (found: RecordProblem) => ({ problem: found });
  const shape = shapeProblem(value);
  if (shape) return refuse(shape);
  const fields = value as Fields & ConsentRecord;
  if (!STORABLE_VERSION.test(fields.version)) {
    return refuse(problem('version', 'at most 40 letters, digits and . _ + - (the cookie holds it)'));
  }
  if (fields.revision !== catalogue.revision) {
    return refuse(problem('revision', `this site's catalogue is at revision ${catalogue.revision}`));
  }
  const categories = fields.categories as Fields;
  const services = fields.services as Fields;
  const ids =
    idsProblem(categories, catalogue.categoryIds, 'categories', 'category') ??
    idsProblem(services, catalogue.serviceIds, 'services', 'service') ??
    choicesProblem(catalogue, categories, services);
  if (ids) return refuse(ids);
  if (fields.decidedAt > now + CLOCK_SKEW_MS) return refuse(problem('decidedAt', "ahead of the server's clock"));
  const lifetime = fields.expiresAt - fields.decidedAt;
  if (!(lifetime > 0 && lifetime <= lifetimeMs(maxAgeDays))) {
    return refuse(problem('expiresAt', `expected within ${maxAgeDays} days after decidedAt`));
  }
  const pick = (flags: Fields, order: readonly string[]) => Object.fromEntries(order.map((id) => [id, flags[id]]));
  return {
    record: {
      id: fields.id,
      decidedAt: fields.decidedAt,
      expiresAt: fields.expiresAt,
      revision: fields.revision,
      catalogueHash: fields.catalogueHash,
      lng: fields.lng,
      method: fields.method,
      version: fields.version,
      categories: pick(categories, catalogue.categoryIds),
      services: pick(services, catalogue.serviceIds),
    } as ConsentRecord<C>,
  };
}
