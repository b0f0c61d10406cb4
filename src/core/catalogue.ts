/** Text shown to visitors: a French string, or one string per language with French required. */
export type Text = string | ({ fr: string } & { readonly [lng: string]: string });

/** Google Consent Mode v2 consent types. */
export const CONSENT_MODE_TYPES = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const;
/** One Google Consent Mode v2 consent type. */
export type ConsentModeType = (typeof CONSENT_MODE_TYPES)[number];

/** A kind of cookie use that the visitor accepts or refuses as a whole. */
export interface CategoryDefinition {
  /** Always on and cannot be refused (CNIL: strictly necessary). */
  readonly required?: boolean;
  /** Anonymous audience measurement exempt from consent: shown apart, on by default, with an opt-out. */
  readonly exempt?: boolean;
  /** Short title of the purpose (required at runtime, rule 7). */
  readonly title?: Text;
  /** One-line description of the purpose (required at runtime unless `required`, rule 7). */
  readonly description?: Text;
  /** Google Consent Mode types this category's consent covers (`charte/gtag`). */
  readonly consentMode?: readonly ConsentModeType[];
}

/** One cookie (or family of cookies, with a RegExp name) a service sets. */
export interface CookieDefinition {
  /** Exact name, or a pattern for generated names such as `_ga_XXXX`. */
  readonly name: string | RegExp;
  /** What the cookie is for, in one line. */
  readonly purpose: Text;
  /** `'session'` or a lifetime in days. */
  readonly duration?: 'session' | number;
  /** Set by the site itself (`'first'`) or by another domain (`'third'`). */
  readonly party?: 'first' | 'third';
  /** Domain the cookie is set on, when not the current host. */
  readonly domain?: string;
  /** Path the cookie is set on, when not `/`. */
  readonly path?: string;
  /** `'localStorage'` for a localStorage key rather than a cookie. */
  readonly storage?: 'cookie' | 'localStorage';
}

/** A provider's feature that sets cookies, listed in the declaration table. */
export interface ServiceDefinition<CategoryId extends string = string> {
  /** Category whose consent this service needs. */
  readonly category: CategoryId;
  /** Company or body that provides the service. */
  readonly provider: string;
  /** What the service is and where it runs. */
  readonly title: Text;
  /** The provider's privacy policy. */
  readonly policyUrl?: string;
  /** Cookies the service sets. */
  readonly cookies: readonly CookieDefinition[];
}

/** The host's description of every cookie it uses, as written to `defineCatalogue`. */
export interface CatalogueDefinition<
  Categories extends Record<string, CategoryDefinition> = Record<string, CategoryDefinition>,
  Services extends Record<string, ServiceDefinition> = Record<string, ServiceDefinition>,
> {
  /** Bump it whenever purposes or services change: every visitor is asked again. */
  readonly revision: number;
  /** What changed in this revision, shown in the banner to visitors asked again. */
  readonly revisionMessage?: Text;
  readonly categories: Categories;
  readonly services: Services;
}

/** A validated catalogue whose category and service ids are literal types. */
export interface Catalogue<CategoryId extends string = string, ServiceId extends string = string> {
  readonly revision: number;
  readonly revisionMessage?: Text;
  readonly categories: { readonly [K in CategoryId]: CategoryDefinition };
  readonly services: { readonly [K in ServiceId]: ServiceDefinition<CategoryId> };
  /** Category ids in declaration order. */
  readonly categoryIds: readonly CategoryId[];
  /** Service ids in declaration order. */
  readonly serviceIds: readonly ServiceId[];
}

/** Any catalogue, whatever its ids. */
export type AnyCatalogue = Catalogue<string, string>;
/** The category ids of a catalogue. */
export type CategoryIdOf<C> = C extends Catalogue<infer K, string> ? K : never;
/** The service ids of a catalogue. */
export type ServiceIdOf<C> = C extends Catalogue<string, infer K> ? K : never;

/** Thrown when a catalogue or an option is malformed; the message starts with the bad path. */
export class CatalogueError extends Error {
  /** Dotted path of the bad value, such as `services.youtube.category`. */
  readonly path: string;
  constructor(path: string, problem: string) {
    super(`${path}: ${problem}`);
    this.name = 'CatalogueError';
    this.path = path;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Throws a `CatalogueError` at `path` unless `ok`. */
function check(ok: unknown, path: string, problem: string): asserts ok {
  if (!ok) throw new CatalogueError(path, problem);
}

/** A value as an error message can show it, whatever it is (symbol, BigInt, null-prototype object). */
function show(value: unknown): string {
  if (typeof value !== 'object' || value === null) return typeof value === 'string' ? `"${value}"` : String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return 'an object';
  }
}

/** Ids become object keys everywhere: `__proto__` would set a prototype instead. */
function checkId(id: string, path: string) {
  check(id !== '__proto__', path, 'reserved id: "__proto__" cannot name a category or a service');
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

function checkText(value: unknown, path: string, optional?: boolean): void {
  if ((optional && value === undefined) || isText(value)) return;
  check(isRecord(value), path, 'expected a string or { fr: string, ... }');
  check(isText(value.fr), `${path}.fr`, 'missing French text (French is the source language)');
  for (const lng in value) check(typeof value[lng] === 'string', `${path}.${lng}`, 'expected a string');
}

function checkObject(value: unknown, path: string): asserts value is Record<string, unknown> {
  check(isRecord(value), path, 'expected an object');
}

function checkOptional(value: unknown, type: 'string' | 'boolean', path: string): void {
  check(value === undefined || typeof value === type, path, `expected a ${type}`);
}

/** Checks one cookie and returns the key that must be unique within its category. */
function checkCookie(cookie: unknown, path: string): string {
  checkObject(cookie, path);
  const { name, duration, party } = cookie;
  check(isText(name) || name instanceof RegExp, `${path}.name`, 'expected a non-empty string or a RegExp');
  checkText(cookie.purpose, `${path}.purpose`);
  check(
    duration === undefined ||
      duration === 'session' ||
      (typeof duration === 'number' && duration > 0 && duration < Infinity),
    `${path}.duration`,
    `expected "session" or a finite number of days > 0, got ${show(duration)}`,
  );
  check(party === undefined || party === 'first' || party === 'third', `${path}.party`, 'expected "first" or "third"');
  checkOptional(cookie.domain, 'string', `${path}.domain`);
  checkOptional(cookie.path, 'string', `${path}.path`);
  check(
    cookie.storage === undefined || cookie.storage === 'cookie' || cookie.storage === 'localStorage',
    `${path}.storage`,
    'expected "cookie" or "localStorage"',
  );
  return String(name);
}

/** Checks a catalogue at runtime; throws a `CatalogueError` naming the first bad path. */
export function validateCatalogue(definition: unknown): asserts definition is CatalogueDefinition {
  checkObject(definition, 'catalogue');
  const { revision, categories, services } = definition;
  check(Number.isSafeInteger(revision) && (revision as number) >= 0, 'revision', 'expected a whole number ≥ 0');
  checkText(definition.revisionMessage, 'revisionMessage', true);
  checkObject(categories, 'categories');
  check(Object.keys(categories).length, 'categories', 'no categories: declare at least one');
  for (const id in categories) {
    const category = categories[id];
    const path = `categories.${id}`;
    checkId(id, path);
    checkObject(category, path);
    checkOptional(category.required, 'boolean', `${path}.required`);
    checkOptional(category.exempt, 'boolean', `${path}.exempt`);
    check(!(category.required && category.exempt), path, 'a category cannot be both required and exempt');
    // Rule 7: every purpose has a short French title, and every one that needs consent a one-line description.
    checkText(category.title, `${path}.title`);
    checkText(category.description, `${path}.description`, category.required === true);
    const { consentMode = [] } = category;
    check(Array.isArray(consentMode), `${path}.consentMode`, 'expected an array of Consent Mode types');
    consentMode.forEach((type: unknown, index: number) => {
      check(
        CONSENT_MODE_TYPES.includes(type as ConsentModeType),
        `${path}.consentMode.${index}`,
        `unknown Consent Mode type ${show(type)}`,
      );
    });
  }
  checkObject(services, 'services');
  const cookieOwners = new Map<string, string>();
  for (const id in services) {
    const service = services[id];
    const path = `services.${id}`;
    checkId(id, path);
    checkObject(service, path);
    const { category, cookies } = service;
    check(
      typeof category === 'string' && Object.hasOwn(categories, category),
      `${path}.category`,
      `unknown category ${show(category)}`,
    );
    check(isText(service.provider), `${path}.provider`, 'expected a non-empty string');
    checkText(service.title, `${path}.title`);
    checkOptional(service.policyUrl, 'string', `${path}.policyUrl`);
    check(Array.isArray(cookies), `${path}.cookies`, 'expected an array');
    cookies.forEach((cookie: unknown, index: number) => {
      const cookiePath = `${path}.cookies.${index}`;
      const key = `${category} ${checkCookie(cookie, cookiePath)}`;
      const owner = cookieOwners.get(key);
      check(!owner, `${cookiePath}.name`, `duplicate cookie name in category "${category}" (also at ${owner})`);
      cookieOwners.set(key, cookiePath);
    });
  }
  // Last, so a bad field is reported at its own path first.
  try {
    JSON.stringify(definition, (_, value) => (value instanceof RegExp ? `${value}` : value));
  } catch {
    throw new CatalogueError(
      'catalogue',
      'not serialisable to JSON (a cycle or a BigInt): it is hashed into every record',
    );
  }
}

/**
 * Declares the host's cookies once. Keeps category and service ids as literal types,
 * so `useConsent('statistcs')` fails to compile, and validates the catalogue at runtime
 * in development and tests (production builds drop the checks, about 0.9 kB).
 */
export function defineCatalogue<
  const Categories extends Record<string, CategoryDefinition>,
  const Services extends Record<string, ServiceDefinition<NoInfer<keyof Categories & string>>>,
>(
  definition: CatalogueDefinition<Categories, Services>,
): Catalogue<keyof Categories & string, keyof Services & string> {
  // Bundlers replace NODE_ENV and drop the checks from production builds; unbundled, `process` may not exist.
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') validateCatalogue(definition);
  return Object.freeze({
    ...definition,
    categoryIds: Object.keys(definition.categories),
    serviceIds: Object.keys(definition.services),
  }) as Catalogue<keyof Categories & string, keyof Services & string>;
}

/** Ids of the services that belong to `category`, in declaration order. */
export const servicesOf = <C extends AnyCatalogue>(catalogue: C, category: string | undefined): ServiceIdOf<C>[] =>
  catalogue.serviceIds.filter((id) => catalogue.services[id]?.category === category) as ServiceIdOf<C>[];
