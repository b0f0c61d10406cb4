import { type CatalogueDefinition, CONSENT_MODE_TYPES, type ConsentModeType } from './catalogue';
import { CatalogueError } from './errors';
import { MAX_AGE_LIMIT_DAYS } from './record';

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
    // Rule 7: every purpose that needs consent has a short French title and a one-line description; the kit words
    // the required and exempt ones that give none.
    const worded = category.required === true || category.exempt === true;
    checkText(category.title, `${path}.title`, worded);
    checkText(category.description, `${path}.description`, worded);
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
    const exempt = (categories[category] as { exempt?: unknown }).exempt === true;
    cookies.forEach((cookie: unknown, index: number) => {
      const cookiePath = `${path}.cookies.${index}`;
      const key = `${category} ${checkCookie(cookie, cookiePath)}`;
      const { duration } = cookie as { duration?: unknown };
      // Rule 29: the CNIL's exemption of audience measurement holds for cookies kept 13 months at most (July 2025).
      check(
        !exempt || typeof duration !== 'number' || duration <= MAX_AGE_LIMIT_DAYS,
        `${cookiePath}.duration`,
        `${show(duration)} days: an exempt audience cookie lives ${MAX_AGE_LIMIT_DAYS} days (13 months) at most`,
      );
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
