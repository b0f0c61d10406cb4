import type { AnyCatalogue } from './catalogue';
import { definitionText, fingerprintsOf, hash } from './hash';
import { type ConsentMethod, type ConsentRecord, lifetimeMs, MAX_AGE_LIMIT_DAYS } from './record';

/**
 * Stored value, version 2 (documented in the README so a server can re-set it):
 * `2.<revision>.<decidedAt>.<expiresAt>.<method>.<id>.<lng>.<catalogueHash>.<version>.<granted>`
 * - revision, decidedAt and expiresAt (seconds since the epoch) in base 36;
 * - method: `a` accept-all, `r` reject-all, `c` custom, `g` gpc, `w` continue-without-accepting;
 * - id: the record's UUID; lng, catalogueHash and version as in the record;
 * - granted: the fingerprints (`fingerprintsOf`) of the granted categories and services, joined with `-`.
 * A fingerprint hashes an id with its definition, so a purpose whose definition changed is never read as granted.
 * 250 granted ids take about 2 kB, far under the 4096-byte cookie limit.
 */
const METHODS: readonly ConsentMethod[] = ['accept-all', 'reject-all', 'custom', 'gpc', 'continue-without-accepting'];
/** Each method's letter in the stored value, in the order of `METHODS`. */
const METHOD_CODES = 'arcgw';
const SHAPE =
  /^2\.([0-9a-z]{1,11})\.([0-9a-z]{1,9})\.([0-9a-z]{1,9})\.([arcgw])\.([0-9a-f-]{36})\.([\w-]{1,35})\.([0-9a-z]{1,7})\.([\w.+-]{1,40}?)\.([0-9a-z-]{0,4000})$/;

const DAY_MS = 86_400_000;

/**
 * Version 1, written by the first builds of 0.1.0 and still read (README, "Versioning"):
 * `1.<revision>.<decidedAt>.<expiresAt>.<method>.<id>.<layout>.<bits>`, `bits` a hexadecimal bitset over the
 * sorted category ids then the sorted service ids, lowest bit first; `layout` a hash of those ids.
 */
const SHAPE_1 =
  /^1\.([0-9a-z]{1,11})\.([0-9a-z]{1,9})\.([0-9a-z]{1,9})\.([arc])\.([0-9a-f-]{36})\.(\w{1,7})\.([0-9a-f]{1,999})$/;

/**
 * The fingerprints of what a version 1 value grants. It is the same choice only for the catalogue it was written
 * for: the same ids (either hash of them its builds wrote, FNV-1a first, then h * 31 + c) and revision. It holds no
 * fingerprint, so any other catalogue makes it "no choice" (`null`, rule 9).
 */
function version1Grants(catalogue: AnyCatalogue, prints: Record<string, string>, revision: number, fields: string[]) {
  const [layout, hex] = fields;
  const categories = [...catalogue.categoryIds].sort();
  const services = [...catalogue.serviceIds].sort();
  const keys = [...categories.map((id) => `${id}c`), ...services.map((id) => `${id}s`)];
  let polynomial = 0;
  for (const char of `${categories}|${services}`)
    polynomial = (Math.imul(polynomial, 31) + (char.codePointAt(0) as number)) >>> 0;
  const bits = BigInt(`0x${hex}`);
  if (
    revision !== catalogue.revision ||
    ![hash(`${categories}|${services}`), polynomial.toString(36)].includes(layout as string) ||
    bits >> BigInt(keys.length)
  )
    return null;
  return new Set(keys.filter((_, index) => (bits >> BigInt(index)) & 1n).map((key) => prints[key]));
}

/** The map a `fingerprintsOf` key belongs to: `<id>c` is a category, `<id>s` a service. */
const groupOf = (record: ConsentRecord, key: string) =>
  (key.endsWith('c') ? record.categories : record.services) as Record<string, boolean>;

/** Encodes a record as the compact cookie-safe string described above. */
export function encodeRecord<C extends AnyCatalogue>(record: ConsentRecord<C>, catalogue: C): string {
  const granted = Object.entries(fingerprintsOf(catalogue))
    .filter(([key]) => groupOf(record, key)[key.slice(0, -1)] === true)
    .map(([, print]) => print);
  return [
    2,
    record.revision.toString(36),
    ...[record.decidedAt, record.expiresAt].map((ms) => Math.floor(ms / 1000).toString(36)),
    METHOD_CODES[METHODS.indexOf(record.method)],
    record.id,
    record.lng,
    record.catalogueHash,
    record.version,
    granted.join('-'),
  ].join('.');
}

/** How many ids a record grants. */
const grants = (record: ConsentRecord) =>
  [...Object.values(record.categories), ...Object.values(record.services)].filter(Boolean).length;

/**
 * Decodes what storage holds: one value, or several separated by spaces (cookies of one name on the host
 * and a parent domain). Of those that decode, one of the catalogue's revision wins over an older one,
 * then the one granting least, then the first: a forged cookie on a sibling subdomain never overrides a refusal.
 */
export function decodeStored<C extends AnyCatalogue>(
  value: string | null,
  catalogue: C,
  now: number,
  maxAgeDays?: number,
): ConsentRecord<C> | null {
  const current = (record: ConsentRecord) => +(record.revision === catalogue.revision);
  return (
    `${value}`
      .split(' ')
      .map((part) => decodeRecord(part, catalogue, now, maxAgeDays))
      .filter((record) => record !== null)
      .sort((a, b) => current(b) - current(a) || grants(a) - grants(b))[0] ?? null
  );
}

/**
 * Decodes a stored value for `catalogue`, whatever its revision: ids whose fingerprint is not listed are refused.
 * Anything malformed, of another codec version, expired at `now` or set to live longer than `maxAgeDays`
 * is "no choice" (`null`, rule 23). Never throws. The value is not signed: whoever can write the cookie can
 * write a choice within these rules.
 */
export function decodeRecord<C extends AnyCatalogue>(
  value: unknown,
  catalogue: C,
  now: number,
  maxAgeDays = MAX_AGE_LIMIT_DAYS,
): ConsentRecord<C> | null {
  const match = typeof value === 'string' ? (SHAPE.exec(value) ?? SHAPE_1.exec(value)) : null;
  if (!match) return null;
  const [, revision, decidedAt, expiresAt, method, id, ...fields] = match as unknown as string[];
  const [revisionNumber, decidedMs, expiresMs] = [revision, decidedAt, expiresAt].map(
    (part, index) => Number.parseInt(part as string, 36) * (index ? 1000 : 1),
  ) as [number, number, number];
  const lifetime = expiresMs - decidedMs;
  const prints = fingerprintsOf(catalogue);
  // Version 1 kept neither the language nor the hash of what was shown; only 0.1.0 wrote it.
  const [lng, catalogueHash, version, granted] = fields[2] ? fields : ['und', '', '0.1.0'];
  const on =
    granted === undefined
      ? version1Grants(catalogue, prints, revisionNumber, fields)
      : new Set((granted as string).split('-'));
  if (
    !on ||
    !Number.isSafeInteger(revisionNumber) ||
    !(lifetime > 0 && lifetime <= lifetimeMs(maxAgeDays)) ||
    expiresMs <= now ||
    decidedMs > now + DAY_MS
  )
    return null;
  const record = {
    id,
    decidedAt: decidedMs,
    expiresAt: expiresMs,
    revision: revisionNumber,
    catalogueHash,
    lng,
    method: METHODS[METHOD_CODES.indexOf(method as string)],
    version,
    categories: {},
    services: {},
  } as ConsentRecord<C>;
  for (const [key, print] of Object.entries(prints)) groupOf(record, key)[key.slice(0, -1)] = on.has(print);
  // The first version 2 builds fingerprinted a service without its category: such a print still grants the
  // service, but only with its category's current print granted too, so a reworded purpose is still refused.
  for (const id in catalogue.services) {
    const service = catalogue.services[id];
    if (on.has(hash(`s${id}${definitionText(service)}`)) && on.has(prints[`${service?.category}c`] as string))
      (record.services as Record<string, boolean>)[id] = true;
  }
  return record;
}
