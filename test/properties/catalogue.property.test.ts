/**
 * Catalogue validation: a valid catalogue, broken at one to three random places (a wrong type at any path,
 * a missing field or `fr`, an unknown category, a duplicate cookie name, a RegExp-like object, a duration that is
 * not a positive finite number, arrays where objects belong…), always makes `defineCatalogue` throw a
 * `CatalogueError` whose message starts with the path of a broken place; never a TypeError from inside the kit.
 * Replay a failure with `FC_SEED=<seed> [FC_PATH=<path>] npx vitest run --project unit test/properties`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CatalogueDefinition, CONSENT_MODE_TYPES } from '../../src/core/catalogue';
import { defineCatalogue } from '../../src/core/define';
import { CatalogueError } from '../../src/core/errors';
import { catalogueDefinitionArb } from './arbitraries';
import { ensure, equal, PROPERTY_TIMEOUT, runProperty } from './run';

type Json = Record<string, unknown>;
type Kind =
  | 'root'
  | 'revision'
  | 'text'
  | 'optionalText'
  | 'textFr'
  | 'textLanguage'
  | 'categories'
  | 'category'
  | 'optionalBoolean'
  | 'consentMode'
  | 'consentModeEntry'
  | 'services'
  | 'service'
  | 'serviceCategory'
  | 'provider'
  | 'optionalString'
  | 'cookies'
  | 'cookie'
  | 'cookieName'
  | 'duration'
  | 'party'
  | 'storage';

interface Target {
  readonly segments: readonly string[];
  readonly kind: Kind;
}

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown) => typeof value === 'string' && value.trim() !== '';
const join = (segments: readonly string[]) => (segments.length === 0 ? 'catalogue' : segments.join('.'));

/** Every place of a valid definition, with what it holds. */
function targetsOf(definition: Json): Target[] {
  const targets: Target[] = [
    { segments: [], kind: 'root' },
    { segments: ['revision'], kind: 'revision' },
  ];
  const text = (segments: string[], value: unknown, optional: boolean) => {
    targets.push({ segments, kind: optional ? 'optionalText' : 'text' });
    if (isRecord(value)) {
      for (const lng of Object.keys(value))
        targets.push({ segments: [...segments, lng], kind: lng === 'fr' ? 'textFr' : 'textLanguage' });
    }
  };
  text(['revisionMessage'], definition.revisionMessage, true);
  targets.push({ segments: ['categories'], kind: 'categories' });
  for (const [id, category] of Object.entries(definition.categories as Record<string, Json>)) {
    const at = ['categories', id];
    targets.push({ segments: at, kind: 'category' });
    targets.push({ segments: [...at, 'required'], kind: 'optionalBoolean' });
    targets.push({ segments: [...at, 'exempt'], kind: 'optionalBoolean' });
    const worded = category.required === true || category.exempt === true;
    text([...at, 'title'], category.title, worded);
    text([...at, 'description'], category.description, worded);
    targets.push({ segments: [...at, 'consentMode'], kind: 'consentMode' });
    ((category.consentMode as unknown[] | undefined) ?? []).forEach((_, i) => {
      targets.push({ segments: [...at, 'consentMode', `${i}`], kind: 'consentModeEntry' });
    });
  }
  targets.push({ segments: ['services'], kind: 'services' });
  for (const [id, service] of Object.entries(definition.services as Record<string, Json>)) {
    const at = ['services', id];
    targets.push({ segments: at, kind: 'service' });
    targets.push({ segments: [...at, 'category'], kind: 'serviceCategory' });
    targets.push({ segments: [...at, 'provider'], kind: 'provider' });
    text([...at, 'title'], service.title, false);
    targets.push({ segments: [...at, 'policyUrl'], kind: 'optionalString' });
    targets.push({ segments: [...at, 'cookies'], kind: 'cookies' });
    (service.cookies as Json[]).forEach((cookie, i) => {
      const c = [...at, 'cookies', `${i}`];
      targets.push({ segments: c, kind: 'cookie' });
      targets.push({ segments: [...c, 'name'], kind: 'cookieName' });
      text([...c, 'purpose'], cookie.purpose, false);
      targets.push({ segments: [...c, 'duration'], kind: 'duration' });
      targets.push({ segments: [...c, 'party'], kind: 'party' });
      targets.push({ segments: [...c, 'domain'], kind: 'optionalString' });
      targets.push({ segments: [...c, 'path'], kind: 'optionalString' });
      targets.push({ segments: [...c, 'storage'], kind: 'storage' });
    });
  }
  return targets;
}

/** A category or service id is an object key everywhere in the kit: `__proto__` is refused, at its path. */
const firstId = (map: Json, path: string) => (Object.keys(map)[0] === '__proto__' ? `${path}.__proto__` : null);

/** Where the first problem of a text value is, or `null` if it is a valid `Text`. */
function textProblem(value: unknown, path: string): string | null {
  if (isText(value)) return null;
  if (!isRecord(value)) return path;
  if (!isText(value.fr)) return `${path}.fr`;
  for (const lng in value) if (typeof value[lng] !== 'string') return `${path}.${lng}`;
  return null;
}

/**
 * Where validation must report `value` put at `path` (of kind `kind`), or `null` if the value is valid there.
 * Objects put where objects belong are judged by their first required field, as the validator reads them.
 */
function problemOf(kind: Kind, value: unknown, path: string, categories: Json, exempt = false): string | null {
  switch (kind) {
    case 'root':
      // The whole catalogue is reported when it is not an object; an object without fields first at its revision.
      return isRecord(value) ? 'revision' : 'catalogue';
    case 'revision':
      return Number.isSafeInteger(value) && (value as number) >= 0 ? null : path;
    case 'text':
      return textProblem(value, path);
    case 'optionalText':
      return value === undefined ? null : textProblem(value, path);
    case 'textFr':
      return isText(value) ? null : path;
    case 'textLanguage':
      return typeof value === 'string' ? null : path;
    case 'categories':
      if (!isRecord(value) || Object.keys(value).length === 0) return path;
      return (
        firstId(value, path) ??
        problemOf('category', Object.values(value)[0], `${path}.${Object.keys(value)[0]}`, categories)
      );
    case 'category':
      return isRecord(value) ? `${path}.title` : path;
    case 'optionalBoolean':
      return value === undefined || typeof value === 'boolean' ? null : path;
    case 'consentMode': {
      if (value === undefined) return null;
      if (!Array.isArray(value)) return path;
      const bad = value.findIndex((type) => !(CONSENT_MODE_TYPES as readonly unknown[]).includes(type));
      return bad < 0 ? null : `${path}.${bad}`;
    }
    case 'consentModeEntry':
      return (CONSENT_MODE_TYPES as readonly unknown[]).includes(value) ? null : path;
    case 'services':
      if (!isRecord(value)) return path;
      if (Object.keys(value).length === 0) return null;
      return (
        firstId(value, path) ??
        problemOf('service', Object.values(value)[0], `${path}.${Object.keys(value)[0]}`, categories)
      );
    case 'service':
      return isRecord(value) ? `${path}.category` : path;
    case 'serviceCategory':
      return typeof value === 'string' && Object.hasOwn(categories, value) ? null : path;
    case 'provider':
      return isText(value) ? null : path;
    case 'optionalString':
      return value === undefined || typeof value === 'string' ? null : path;
    case 'cookies':
      if (!Array.isArray(value)) return path;
      return value.length === 0 ? null : problemOf('cookie', value[0], `${path}.0`, categories);
    case 'cookie':
      return isRecord(value) ? `${path}.name` : path;
    case 'cookieName':
      return isText(value) || value instanceof RegExp ? null : path;
    case 'duration':
      return value === undefined ||
        value === 'session' ||
        // An exempt category's cookie lives 13 months at most (rule 29).
        (typeof value === 'number' && value > 0 && Number.isFinite(value) && !(exempt && value > 395))
        ? null
        : path;
    case 'party':
      return value === undefined || value === 'first' || value === 'third' ? null : path;
    case 'storage':
      return value === undefined || value === 'cookie' || value === 'localStorage' ? null : path;
  }
}

/** Wrong values, as JSON or ordinary JavaScript can hold them; thunks, so that each use gets a fresh one. */
const PLAIN_VALUES: readonly (() => unknown)[] = [
  () => null,
  () => undefined,
  () => true,
  () => false,
  () => 0,
  () => -0,
  () => -1,
  () => 1.5,
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => Number.NEGATIVE_INFINITY,
  () => 2 ** 53,
  () => '',
  () => '   ',
  () => '\u00a0',
  () => 'x',
  () => '30',
  () => 'Session',
  () => 'First',
  () => 'sessionStorage',
  () => 'analytics',
  () => 'nope',
  () => '__proto__',
  () => 'constructor',
  () => 'toString',
  () => [],
  () => ['x'],
  () => [{}],
  () => ({}),
  () => ({ en: 'Title' }),
  () => ({ fr: '' }),
  () => ({ fr: 1 }),
  () => ({ fr: 'Titre', en: 1 }),
  () => ({ fr: 'Titre', de: null }),
  () => ({ source: '^_ga', flags: 'g' }),
  () => '/^_ga/',
  () => () => 'x',
  () => new Date(0),
  () => new String('x'),
  () => JSON.parse('{"__proto__":{"fr":"x"}}'),
];

/** Values no JSON file holds, but a JavaScript catalogue may: symbols, bigints, null-prototype and cyclic objects. */
const EXOTIC_VALUES: readonly (() => unknown)[] = [
  () => Symbol('x'),
  () => 10n,
  () => Object.create(null),
  () => Object.assign(Object.create(null), { fr: 'Titre', en: 1 }),
  () => {
    const cyclic: Json = { fr: 1 };
    cyclic.self = cyclic;
    return cyclic;
  },
  () => [10n],
  () => [Symbol('x')],
];

type Mutation =
  | { readonly type: 'replace'; readonly target: number; readonly value: number }
  | { readonly type: 'delete'; readonly target: number }
  | { readonly type: 'deleteCategory'; readonly target: number }
  | { readonly type: 'requiredAndExempt'; readonly target: number }
  | { readonly type: 'duplicateCookie'; readonly target: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ type: fc.constant('replace' as const), target: fc.nat(), value: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('delete' as const), target: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('deleteCategory' as const), target: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('requiredAndExempt' as const), target: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('duplicateCookie' as const), target: fc.nat() }) },
);

/** A deep copy (RegExps kept), so that a run never changes the generated value fast-check may replay. */
function clone<T>(value: T): T {
  if (value instanceof RegExp || !value || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(clone) as T;
  const copy: Json = {};
  for (const [key, item] of Object.entries(value))
    Object.defineProperty(copy, key, { value: clone(item), enumerable: true, writable: true, configurable: true });
  return copy as T;
}

function parentOf(root: Json, segments: readonly string[]): Json | unknown[] | undefined {
  let node: unknown = root;
  for (const segment of segments.slice(0, -1)) {
    if (!node || typeof node !== 'object' || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Json)[segment];
  }
  return node && typeof node === 'object' ? (node as Json) : undefined;
}

/** Where a required field, once deleted, is reported; `null` if it is optional. */
function deletedProblem(kind: Kind, path: string, segments: readonly string[], categories: Json): string | null {
  switch (kind) {
    case 'revision':
    case 'text':
    case 'textFr':
    case 'categories':
    case 'services':
    case 'serviceCategory':
    case 'provider':
    case 'cookies':
    case 'cookieName':
      return path;
    case 'optionalText':
      // A category's title and description may be left out only when it is required or exempt.
      return segments[0] === 'categories' && segments.length === 3
        ? wordingNeeded(categories, segments[1] as string, path)
        : null;
    default:
      return null;
  }
}
const wordingNeeded = (categories: Json, id: string, path: string) => {
  const category = categories[id] as Json | undefined;
  return category?.required === true || category?.exempt === true ? null : path;
};

/** Whether the cookie at `segments` (`services.<id>.cookies.<i>.…`) belongs to an exempt category. */
const exemptCookie = (root: Json, segments: readonly string[]) => {
  const service = isRecord(root.services) ? root.services[segments[1] as string] : undefined;
  const id = isRecord(service) ? service.category : undefined;
  const category = typeof id === 'string' && isRecord(root.categories) ? root.categories[id] : undefined;
  return isRecord(category) && category.exempt === true;
};

/**
 * Applies `mutations` to a copy of `definition`: returns the copy (its root itself may be replaced) and the paths
 * where validation may report a problem. Mutations whose target a former one removed are skipped.
 */
function mutate(definition: Json, mutations: readonly Mutation[], values: readonly (() => unknown)[]) {
  const targets = targetsOf(definition);
  let root: unknown = clone(definition);
  const expected = new Set<string>();
  for (const mutation of mutations) {
    if (!isRecord(root)) break;
    const categories = isRecord(root.categories) ? root.categories : {};
    if (mutation.type === 'replace' || mutation.type === 'delete') {
      const target = targets[mutation.target % targets.length] as Target;
      const path = join(target.segments);
      if (target.segments.length === 0) {
        if (mutation.type === 'delete') continue;
        const value = (values[mutation.value % values.length] as () => unknown)();
        const problem = problemOf('root', value, path, categories);
        root = value;
        if (problem) expected.add(problem);
        continue;
      }
      const parent = parentOf(root, target.segments);
      const key = target.segments.at(-1) as string;
      if (!parent) continue;
      if (mutation.type === 'delete') {
        const problem = deletedProblem(target.kind, path, target.segments, categories);
        if (!problem || Array.isArray(parent) || !Reflect.deleteProperty(parent, key)) continue;
        expected.add(problem);
        continue;
      }
      const value = (values[mutation.value % values.length] as () => unknown)();
      // `required: true` and `exempt: true` are valid alone; they are tried together below.
      if (target.kind === 'optionalBoolean' && typeof value === 'boolean') continue;
      const problem = problemOf(target.kind, value, path, categories, exemptCookie(root, target.segments));
      // A boxed string or a frozen value put there by an earlier mutation may refuse the new key.
      if (!problem || !Reflect.set(parent, key, value)) continue;
      expected.add(problem);
    } else if (mutation.type === 'deleteCategory') {
      // A category a service still refers to: reported at that service, or as "no categories" if it was the last.
      const services = isRecord(root.services) ? root.services : {};
      const referenced = Object.keys(categories).filter((id) =>
        Object.values(services).some((service) => isRecord(service) && service.category === id),
      );
      if (referenced.length === 0) continue;
      const id = referenced[mutation.target % referenced.length] as string;
      delete categories[id];
      if (Object.keys(categories).length === 0) expected.add('categories');
      for (const [serviceId, service] of Object.entries(services)) {
        if (isRecord(service) && service.category === id) expected.add(`services.${serviceId}.category`);
      }
    } else if (mutation.type === 'requiredAndExempt') {
      const ids = Object.keys(categories).filter((id) => isRecord(categories[id]));
      if (ids.length === 0) continue;
      const id = ids[mutation.target % ids.length] as string;
      Object.assign(categories[id] as Json, { required: true, exempt: true });
      expected.add(`categories.${id}`);
    } else {
      // A second cookie of the same name in the same service, hence the same category.
      const services = isRecord(root.services) ? root.services : {};
      const owners = Object.entries(services).filter(
        ([, service]) => isRecord(service) && Array.isArray(service.cookies) && service.cookies.some(isRecord),
      );
      if (owners.length === 0) continue;
      const [serviceId, service] = owners[mutation.target % owners.length] as [string, Json];
      const cookies = service.cookies as unknown[];
      const original = cookies.find(isRecord) as Json;
      cookies.push({ ...original });
      expected.add(`services.${serviceId}.cookies.${cookies.length - 1}.name`);
    }
  }
  return { root, expected };
}

const validArb = catalogueDefinitionArb({
  maxCategories: 3,
  maxServices: 4,
  maxCookies: 2,
  textLength: 4,
}) as unknown as fc.Arbitrary<Json>;

const rejectsProperty = (values: readonly (() => unknown)[]) =>
  fc.property(validArb, fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (definition, mutations) => {
    const { root, expected } = mutate(definition, mutations, values);
    fc.pre(expected.size > 0);
    let error: unknown;
    try {
      defineCatalogue(root as CatalogueDefinition);
    } catch (thrown) {
      error = thrown;
    }
    if (!(error instanceof CatalogueError)) {
      expect.fail(
        `expected a CatalogueError at ${[...expected].join(' or ')}, got ${error === undefined ? 'no error' : String(error)}`,
      );
    }
    if (!expected.has(error.path)) {
      expect.fail(
        `CatalogueError at "${error.path}", expected at ${[...expected].map((path) => `"${path}"`).join(' or ')}`,
      );
    }
    ensure(error.message.startsWith(`${error.path}: `), `message starts with the path: ${error.message}`);
  });

describe('defineCatalogue', () => {
  describe('given any valid catalogue (the generator the mutations start from)', () => {
    it(
      'accepts it and keeps its category ids in order',
      () =>
        runProperty(
          'catalogue-valid-accepted',
          fc.property(validArb, (definition) => {
            const catalogue = defineCatalogue(definition as unknown as CatalogueDefinition);
            equal(catalogue.categoryIds, Object.keys(definition.categories as Json), 'category ids');
          }),
        ),
      PROPERTY_TIMEOUT,
    );
  });

  describe('given any valid catalogue broken at one to three places', () => {
    describe('when broken with wrong types, missing fields and `fr`, unknown categories, duplicate names, bad durations', () => {
      it(
        'throws a CatalogueError whose message starts with the path of a broken place',
        () => runProperty('catalogue-malformed-rejected', rejectsProperty(PLAIN_VALUES)),
        PROPERTY_TIMEOUT,
      );
    });

    describe('when broken with symbols, bigints, null-prototype and cyclic objects', () => {
      it(
        'throws a CatalogueError whose message starts with the path of a broken place',
        () => runProperty('catalogue-exotic-rejected', rejectsProperty([...PLAIN_VALUES, ...EXOTIC_VALUES])),
        PROPERTY_TIMEOUT,
      );
    });
  });
});
