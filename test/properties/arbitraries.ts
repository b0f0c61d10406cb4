import fc from 'fast-check';
import {
  type AnyCatalogue,
  type CatalogueDefinition,
  CONSENT_MODE_TYPES,
  type CookieDefinition,
  servicesOf,
} from '../../src/core/catalogue';
import { encodeRecord } from '../../src/core/codec';
import type { ConsentEvent } from '../../src/core/machine';
import type { ConsentMethod, ConsentRecord } from '../../src/core/record';

/** Ids a plain object treats specially, or that sit next to the codec's `c`/`s` key suffixes and `.`/`-` separators. */
export const TRICKY_IDS = [
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  '__defineGetter__',
  '__lookupSetter__',
  'then',
  '',
  '.',
  '-',
  'c',
  's',
  'ac',
  'as',
  '0',
  '-1',
  'a.b',
  'a-b',
  'é',
  '🍪',
  ' ',
  'a b',
];
/** The one id a plain object cannot hold by assignment. */
export const PROTO_ID = '__proto__';

const ASCII_ID = [...'abcdefghijklmnopqrstuvwxyz0123456789_-'];

/**
 * Any code point, lone surrogates included (what fast-check's `'binary'` unit gives), and multi-code-point graphemes.
 * Built by hand: fast-check's own full-Unicode units index every code point on first use (to shrink the
 * `__proto__`-like strings they inject), about a second per test file.
 */
export const codePointArb = fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code));
export const graphemeArb = fc.oneof(
  { weight: 4, arbitrary: codePointArb },
  {
    weight: 1,
    arbitrary: fc.constantFrom('e\u0301', '👨‍👩‍👧', '🇫🇷', 'ﷺ', '\u200d', '\u202e', '\ufeff', '中', 'ß', 'İ', '\ud800'),
  },
);
export const unicodeString = (maxLength: number) => fc.string({ unit: graphemeArb, maxLength });
const unicodeIdArb = unicodeString(6);
const binaryIdArb = fc.string({ unit: codePointArb, maxLength: 4 });

const idArbs = new Map<boolean, fc.Arbitrary<string>>();
/** Catalogue ids: ASCII, any Unicode (graphemes, lone surrogates), and the tricky ones above; `__proto__` if `proto`. */
export const idArb = (proto: boolean): fc.Arbitrary<string> => {
  const cached = idArbs.get(proto);
  if (cached) return cached;
  const ids = fc.oneof(
    { weight: 6, arbitrary: fc.string({ unit: fc.constantFrom(...ASCII_ID), minLength: 1, maxLength: 10 }) },
    { weight: 2, arbitrary: unicodeIdArb },
    { weight: 1, arbitrary: binaryIdArb },
    { weight: 2, arbitrary: fc.constantFrom(...TRICKY_IDS) },
    ...(proto ? [{ weight: 3, arbitrary: fc.constant(PROTO_ID) }] : []),
  );
  // fast-check's strings themselves produce `__proto__` now and then.
  const arb = proto ? ids : ids.filter((id) => id !== PROTO_ID);
  idArbs.set(proto, arb);
  return arb;
};

/** A non-blank text (starts with `·`, which `trim()` keeps) of up to `maxLength` more graphemes. */
export const nonBlankText = (maxLength: number) => unicodeString(maxLength).map((s) => `·${s}`);
/** A valid `Text`: a French string or `{ fr, en? }`. */
export const textOf = (maxLength: number) =>
  fc.oneof(
    { weight: 3, arbitrary: nonBlankText(maxLength) },
    {
      weight: 1,
      arbitrary: fc.record({ fr: nonBlankText(maxLength), en: nonBlankText(maxLength) }, { requiredKeys: ['fr'] }),
    },
  );
export const stringTextArb = nonBlankText(10);
export const textArb = textOf(10);

export interface CatalogueShape {
  readonly minCategories?: number;
  readonly maxCategories: number;
  readonly minServices?: number;
  readonly maxServices: number;
  /** fast-check's size for the id arrays: `small` (the default) stays near 10 items, `medium` near 100. */
  readonly size?: fc.SizeForArbitrary;
  readonly maxCookies: number;
  /** Include `__proto__` among the ids. */
  readonly proto?: boolean;
  readonly revision?: fc.Arbitrary<number>;
  /** Longest text, in graphemes after the leading `·`: 10 by default; shorter texts hash faster. */
  readonly textLength?: number;
}

const categorySpecArb = (proto: boolean, text: fc.Arbitrary<unknown>) =>
  fc.record({
    id: idArb(proto),
    kind: fc.constantFrom('plain', 'plain', 'required', 'exempt'),
    title: text,
    description: text,
    noDescription: fc.boolean(),
    noTitle: fc.boolean(),
    consentMode: fc.subarray([...CONSENT_MODE_TYPES]),
  });

const cookieSpecArb = (text: fc.Arbitrary<unknown>) =>
  fc.record({
    regexp: fc.boolean(),
    base: fc.string({ unit: fc.constantFrom(...'_abcxyz'), minLength: 1, maxLength: 5 }),
    purpose: text,
    duration: fc.option(
      fc.oneof(
        fc.constant('session' as const),
        // At most 13 months, which an exempt category's cookies may not exceed (rule 29); mutations try longer ones.
        fc.integer({ min: 1, max: 395 }),
        fc.double({ min: 0.01, max: 395, noNaN: true }),
      ),
      { nil: undefined },
    ),
    party: fc.option(fc.constantFrom('first' as const, 'third' as const), { nil: undefined }),
    storage: fc.option(fc.constantFrom('cookie' as const, 'localStorage' as const), { nil: undefined }),
  });

const serviceSpecArb = (
  proto: boolean,
  maxCookies: number,
  text: fc.Arbitrary<unknown>,
  provider: fc.Arbitrary<string>,
) =>
  fc.record({
    id: idArb(proto),
    category: fc.nat(),
    provider,
    title: text,
    policyUrl: fc.option(fc.constant('https://example.org/privacy'), { nil: undefined }),
    cookies: fc.array(cookieSpecArb(text), { maxLength: maxCookies }),
  });

/**
 * A valid catalogue definition, built as JSON.parse would build it (`Object.fromEntries`, so `__proto__` is an own key).
 * Cookie names are unique (a per-service, per-cookie suffix), as the validator requires within a category.
 */
export function catalogueDefinitionArb(shape: CatalogueShape): fc.Arbitrary<CatalogueDefinition> {
  const proto = shape.proto ?? false;
  const text = shape.textLength === undefined ? textArb : textOf(shape.textLength);
  const provider = shape.textLength === undefined ? stringTextArb : nonBlankText(shape.textLength);
  return fc
    .record({
      revision: shape.revision ?? fc.oneof(fc.nat(20), fc.nat()),
      revisionMessage: fc.option(text, { nil: undefined }),
      categories: fc.uniqueArray(categorySpecArb(proto, text), {
        selector: (c) => c.id,
        minLength: shape.minCategories ?? 1,
        maxLength: shape.maxCategories,
        size: shape.size,
      }),
      services: fc.uniqueArray(serviceSpecArb(proto, shape.maxCookies, text, provider), {
        selector: (s) => s.id,
        minLength: shape.minServices ?? 0,
        maxLength: shape.maxServices,
        size: shape.size,
      }),
    })
    .map(({ revision, revisionMessage, categories, services }) =>
      buildDefinition(revision, revisionMessage, categories, services),
    );
}

function buildDefinition(
  revision: number,
  revisionMessage: unknown,
  categories: ReadonlyArray<{
    id: string;
    kind: string;
    title: unknown;
    description: unknown;
    noDescription: boolean;
    noTitle: boolean;
    consentMode: string[];
  }>,
  services: ReadonlyArray<{
    id: string;
    category: number;
    provider: string;
    title: unknown;
    policyUrl: string | undefined;
    cookies: ReadonlyArray<{
      regexp: boolean;
      base: string;
      purpose: unknown;
      duration: 'session' | number | undefined;
      party: 'first' | 'third' | undefined;
      storage: 'cookie' | 'localStorage' | undefined;
    }>;
  }>,
): CatalogueDefinition {
  const definition: Record<string, unknown> = {
    revision,
    categories: Object.fromEntries(
      categories.map((c) => {
        const category: Record<string, unknown> = {};
        if (c.kind === 'required') category.required = true;
        if (c.kind === 'exempt') category.exempt = true;
        // The kit words a required or exempt category that gives no title or description.
        const worded = c.kind === 'required' || c.kind === 'exempt';
        if (!(worded && c.noTitle)) category.title = c.title;
        if (!(worded && c.noDescription)) category.description = c.description;
        if (c.consentMode.length > 0) category.consentMode = c.consentMode;
        return [c.id, category];
      }),
    ),
    services: Object.fromEntries(
      services.map((s, si) => {
        const service: Record<string, unknown> = {
          category: (categories[s.category % categories.length] as { id: string }).id,
          provider: s.provider,
          title: s.title,
          cookies: s.cookies.map((k, ki) => {
            const name = `${k.base}${si}_${ki}`;
            const cookie: Record<string, unknown> = {
              name: k.regexp ? new RegExp(`^${name}`) : name,
              purpose: k.purpose,
            };
            if (k.duration !== undefined) cookie.duration = k.duration;
            if (k.party !== undefined) cookie.party = k.party;
            if (k.storage !== undefined) cookie.storage = k.storage;
            return cookie as unknown as CookieDefinition;
          }),
        };
        if (s.policyUrl !== undefined) service.policyUrl = s.policyUrl;
        return [s.id, service];
      }),
    ),
  };
  if (revisionMessage !== undefined) definition.revisionMessage = revisionMessage;
  return definition as unknown as CatalogueDefinition;
}

/** Everything a test needs to know about a catalogue's ids, computed once. */
export interface Ids {
  readonly categories: readonly string[];
  readonly services: readonly string[];
  readonly sortedCategories: readonly string[];
  readonly sortedServices: readonly string[];
  readonly required: readonly string[];
  readonly exempt: readonly string[];
  readonly servicesOf: ReadonlyMap<string, readonly string[]>;
}

export function idsOf(catalogue: AnyCatalogue): Ids {
  const categories = Object.keys(catalogue.categories);
  const services = Object.keys(catalogue.services);
  return {
    categories,
    services,
    sortedCategories: [...categories].sort(),
    sortedServices: [...services].sort(),
    required: categories.filter((id) => catalogue.categories[id]?.required === true),
    exempt: categories.filter((id) => catalogue.categories[id]?.exempt === true),
    servicesOf: new Map(categories.map((id) => [id, servicesOf(catalogue, id)])),
  };
}

/** The parts of a record a test picks; the ids' flags are filled from `flags` in declaration order. */
export interface RecordSpec {
  readonly sameRevision: boolean;
  readonly otherRevision: number;
  readonly method: ConsentMethod;
  readonly id: string;
  readonly lng: string;
  readonly flags: readonly boolean[];
  /** Seconds before "now" the record was decided, and how long it lasts. */
  readonly age: number;
  readonly lifetimeDays: number;
}

export const METHODS: readonly ConsentMethod[] = [
  'accept-all',
  'reject-all',
  'custom',
  'gpc',
  'continue-without-accepting',
];

export const recordSpecArb: fc.Arbitrary<RecordSpec> = fc.record({
  sameRevision: fc.boolean(),
  otherRevision: fc.nat(1000),
  method: fc.constantFrom(...METHODS),
  // A UUID's shape is all the codec checks; fc.uuid() costs more to generate.
  id: fc.nat().map((n) => `${n.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`),
  lng: fc.constantFrom('fr', 'en', 'de-CH', 'und', 'x_y'),
  flags: fc.array(fc.boolean(), { maxLength: 16 }),
  age: fc.nat(400 * 86_400),
  lifetimeDays: fc.integer({ min: 1, max: 395 }),
});

/** A well-formed record for `catalogue`, every id a boolean: what `decodeRecord` or `readConsent` returns. */
export function buildRecord(catalogue: AnyCatalogue, ids: Ids, spec: RecordSpec, now: number): ConsentRecord {
  const flag = (i: number) => spec.flags[i % Math.max(1, spec.flags.length)] ?? false;
  const decidedAt = (Math.floor(now / 1000) - spec.age) * 1000;
  return {
    id: spec.id,
    decidedAt,
    expiresAt: decidedAt + spec.lifetimeDays * 86_400_000,
    revision: spec.sameRevision ? catalogue.revision : spec.otherRevision,
    catalogueHash: 'abc',
    lng: spec.lng,
    method: spec.method,
    version: '0.1.0',
    categories: Object.fromEntries(ids.categories.map((id, i) => [id, flag(i)])),
    services: Object.fromEntries(ids.services.map((id, i) => [id, flag(i + ids.categories.length)])),
  };
}

/** Random edits to a string: insert, delete, replace, truncate, swap or duplicate `.`-separated segments. */
export const editArb = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.string({ unit: codePointArb, maxLength: 4 }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom('.', '-', '0', 'z', '--', '..'),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.nat(),
    text: fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), a: fc.nat() }),
  fc.record({
    kind: fc.constant('segment' as const),
    a: fc.nat(),
    text: fc.oneof(
      fc.string({ unit: 'binary-ascii', maxLength: 12 }),
      // Around the widths of the base-36 fields, and the largest safe integer (2gosa7pa2gv) and one past it.
      fc.constantFrom(
        '',
        '0',
        'zzzzzzzzz',
        'zzzzzzzzzz',
        'zzzzzzzzzzz',
        '2gosa7pa2gv',
        '2gosa7pa2gw',
        '-1',
        '1e3',
        'NaN',
        '__proto__',
      ),
    ),
  }),
);
export type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

export function applyEdits(value: string, edits: readonly Edit[]): string {
  let out = value;
  for (const edit of edits) {
    const at = (n: number) => n % (out.length + 1);
    const segments = out.split('.');
    const seg = (n: number) => n % segments.length;
    switch (edit.kind) {
      case 'insert':
        out = out.slice(0, at(edit.at)) + edit.text + out.slice(at(edit.at));
        break;
      case 'delete':
        out = out.slice(0, at(edit.at)) + out.slice(at(edit.at) + edit.length);
        break;
      case 'replace':
        out = out.slice(0, at(edit.at)) + edit.text + out.slice(at(edit.at) + edit.text.length);
        break;
      case 'truncate':
        out = out.slice(0, at(edit.at));
        break;
      case 'swap': {
        const [i, j] = [seg(edit.a), seg(edit.b)];
        [segments[i], segments[j]] = [segments[j] as string, segments[i] as string];
        out = segments.join('.');
        break;
      }
      case 'duplicate':
        segments.splice(seg(edit.a), 0, segments[seg(edit.a)] as string);
        out = segments.join('.');
        break;
      case 'segment':
        segments[seg(edit.a)] = edit.text;
        out = segments.join('.');
        break;
    }
  }
  return out;
}

/** The clock at the start of a generated run: any millisecond from 2000 to 2060. */
export const NOW_ARB = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2060, 0, 1) });

// ---------------------------------------------------------------------------------------------------------------
// Events.

const DAY_MS = 86_400_000;

export type StorageOperation = 'read' | 'write' | 'clear';

/** A catalogue id by position (resolved against the catalogue of the run), or an id the catalogue lacks. */
export type IdRef = { readonly known: true; readonly index: number } | { readonly known: false; readonly id: string };

/** An event whose ids are `IdRef`s: steps are generated once for any catalogue, and resolved by `eventOf`. */
export type EventTemplate =
  | { readonly type: 'ACCEPT_ALL' | 'OPEN_PREFERENCES' | 'CLOSE_PREFERENCES' | 'RESET' }
  | { readonly type: 'REJECT_ALL'; readonly method?: 'gpc' | 'continue-without-accepting' }
  | {
      readonly type: 'SAVE';
      readonly choices?: {
        readonly categories?: readonly (readonly [IdRef, unknown])[];
        readonly services?: readonly (readonly [IdRef, unknown])[];
      };
    }
  | { readonly type: 'TOGGLE'; readonly category: boolean; readonly target: IdRef; readonly value?: boolean };

export type Step =
  | { readonly type: 'EVENT'; readonly event: EventTemplate }
  /** HYDRATE with the stored value of a record (`null`: nothing stored), decoded as the store decodes it. */
  | { readonly type: 'HYDRATE_STORED'; readonly spec: RecordSpec | null; readonly edits: readonly Edit[] }
  /** HYDRATE with a well-typed record as is: another revision, expired, anything. */
  | { readonly type: 'HYDRATE_RECORD'; readonly spec: RecordSpec }
  | { readonly type: 'CLOCK'; readonly delta: number }
  /** The next `count` calls of `operation` on the storage adapter throw `error`. */
  | { readonly type: 'FAIL'; readonly operation: StorageOperation; readonly count: number; readonly error: string }
  /** `store.hydrate()`: reads storage, then follows other tabs. */
  | { readonly type: 'HYDRATE_STORE' }
  /** Another tab announces a stored value (a record's, edited or not, or `null`). */
  | { readonly type: 'OTHER_TAB'; readonly spec: RecordSpec | null; readonly edits: readonly Edit[] };

const unknownIdArb = fc.constantFrom('nope', '__proto__', 'constructor', 'toString', '', 'zz-unknown');
const idRefArb: fc.Arbitrary<IdRef> = fc.oneof(
  { weight: 4, arbitrary: fc.nat().map((index) => ({ known: true as const, index })) },
  { weight: 1, arbitrary: unknownIdArb.map((id) => ({ known: false as const, id })) },
);
const looseValueArb = fc.oneof(
  { weight: 6, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(0, 1, 'true', 'false', null, undefined, {}, [], Number.NaN) },
);

const resolve = (ref: IdRef, list: readonly string[]) =>
  ref.known ? (list.length > 0 ? (list[ref.index % list.length] as string) : 'nope') : ref.id;

/** The event a template stands for, with the ids of `ids`' catalogue. */
export function eventOf(template: EventTemplate, ids: Ids): ConsentEvent {
  switch (template.type) {
    case 'SAVE': {
      if (!template.choices) return { type: 'SAVE' };
      const flags = (entries: readonly (readonly [IdRef, unknown])[] | undefined, list: readonly string[]) =>
        entries &&
        (Object.fromEntries(entries.map(([ref, value]) => [resolve(ref, list), value])) as Record<string, boolean>);
      const categories = flags(template.choices.categories, ids.categories);
      const services = flags(template.choices.services, ids.services);
      return { type: 'SAVE', choices: { ...(categories && { categories }), ...(services && { services }) } };
    }
    case 'TOGGLE': {
      const target = template.category
        ? { category: resolve(template.target, ids.categories) }
        : { service: resolve(template.target, ids.services) };
      return (
        template.value === undefined
          ? { type: 'TOGGLE', ...target }
          : { type: 'TOGGLE', ...target, value: template.value }
      ) as ConsentEvent;
    }
    default:
      return template as ConsentEvent;
  }
}

const flagsArb = fc.array(fc.tuple(idRefArb, looseValueArb), { maxLength: 6 });

const stepArbs = new Map<boolean, fc.Arbitrary<Step>>();
/** Steps for any catalogue; with `store`, also storage faults, reads of storage, records as is and other tabs. */
export function stepArb(store = false): fc.Arbitrary<Step> {
  const cached = stepArbs.get(store);
  if (cached) return cached;
  const event = (arb: fc.Arbitrary<EventTemplate>) => arb.map((e): Step => ({ type: 'EVENT', event: e }));
  const arb = fc.oneof(
    event(fc.constant({ type: 'ACCEPT_ALL' })),
    event(
      fc
        .constantFrom(undefined, 'gpc' as const, 'continue-without-accepting' as const)
        .map((method): EventTemplate => (method ? { type: 'REJECT_ALL', method } : { type: 'REJECT_ALL' })),
    ),
    event(
      fc
        .option(fc.record({ categories: flagsArb, services: flagsArb }, { requiredKeys: [] }), { nil: undefined })
        .map((choices): EventTemplate => (choices ? { type: 'SAVE', choices } : { type: 'SAVE' })),
    ),
    event(
      fc
        .record(
          { category: fc.boolean(), target: idRefArb, value: fc.boolean() },
          { requiredKeys: ['category', 'target'] },
        )
        .map((toggle): EventTemplate => ({ type: 'TOGGLE', ...toggle })),
    ),
    event(
      fc.constantFrom<EventTemplate>({ type: 'OPEN_PREFERENCES' }, { type: 'CLOSE_PREFERENCES' }, { type: 'RESET' }),
    ),
    storedArb.map(({ spec, edits }): Step => ({ type: 'HYDRATE_STORED', spec, edits })),
    fc
      .oneof(fc.integer({ min: -400 * DAY_MS, max: 400 * DAY_MS }), fc.integer({ min: -5000, max: 5000 }))
      .map((delta): Step => ({ type: 'CLOCK', delta })),
    ...(store
      ? [
          recordSpecArb.map((spec): Step => ({ type: 'HYDRATE_RECORD', spec })),
          fc
            .record({
              operation: fc.constantFrom<StorageOperation>('read', 'write', 'clear'),
              count: fc.integer({ min: 1, max: 3 }),
              error: fc.constantFrom('SecurityError', 'QuotaExceededError', 'TypeError'),
            })
            .map((fault): Step => ({ type: 'FAIL', ...fault })),
          fc.constant<Step>({ type: 'HYDRATE_STORE' }),
          storedArb.map(({ spec, edits }): Step => ({ type: 'OTHER_TAB', spec, edits })),
        ]
      : []),
  );
  stepArbs.set(store, arb);
  return arb;
}

/** A stored value: none, a record's, or a record's with random edits. */
const storedArb = fc.record({
  spec: fc.option(recordSpecArb, { nil: null, freq: 4 }),
  edits: fc.oneof(
    { weight: 3, arbitrary: fc.constant([]) },
    { weight: 1, arbitrary: fc.array(editArb, { minLength: 1, maxLength: 3 }) },
  ),
});

/** The encoding of a record decided `spec.age` seconds before `now`, living at most `maxAgeDays`, then edited. */
export function storedValue(
  catalogue: AnyCatalogue,
  ids: Ids,
  stored: { readonly spec: RecordSpec | null; readonly edits: readonly Edit[] },
  now: number,
  maxAgeDays: number,
): string | null {
  if (!stored.spec) return null;
  const spec = { ...stored.spec, lifetimeDays: Math.min(stored.spec.lifetimeDays, Math.floor(maxAgeDays)) };
  return applyEdits(encodeRecord(buildRecord(catalogue, ids, spec, now), catalogue), stored.edits);
}
