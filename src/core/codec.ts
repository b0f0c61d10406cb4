import type { AnyCatalogue } from './catalogue';
import { type Choices, type ConsentMethod, type ConsentRecord, MAX_AGE_LIMIT_DAYS } from './machine';

/**
 * Stored value, version 1 (documented in the README so a server can re-set it):
 * `1.<revision>.<decidedAt>.<expiresAt>.<method>.<id>.<layout>.<bits>`
 * - revision, decidedAt and expiresAt (seconds since the epoch) in base 36;
 * - method: `a` accept-all, `r` reject-all, `c` custom;
 * - id: the record's UUID;
 * - layout: base-36 of the 32-bit string hash (h = h * 31 + code point) of `<sorted category ids>|<sorted service ids>`, each list joined with `,`;
 * - bits: hexadecimal bitset over those ids in that order, lowest bit first, 1 = granted.
 * It grows by one character per four ids, so it stays far under the 4096-byte cookie limit.
 */
const CODEC_VERSION = '1';

const METHODS: Readonly<Record<string, ConsentMethod>> = { a: 'accept-all', r: 'reject-all', c: 'custom' };
const SHAPE = /^1\.([0-9a-z]+)\.([0-9a-z]+)\.([0-9a-z]+)\.([arc])\.([0-9a-f-]{36})\.(\w{1,7})\.([0-9a-f]{1,999})$/;

/** Every id in a fixed order, whatever the declaration order, and a hash of that list. */
function layoutOf(catalogue: AnyCatalogue) {
  const categories = [...catalogue.categoryIds].sort();
  const services = [...catalogue.serviceIds].sort();
  let hash = 0;
  for (const char of `${categories}|${services}`) hash = (Math.imul(hash, 31) + (char.codePointAt(0) as number)) >>> 0;
  return { ids: [...categories, ...services], split: categories.length, hash: hash.toString(36) };
}

/** The map a layout position belongs to: categories first, then services. */
const groupOf = (choices: Choices, index: number, split: number) =>
  (index < split ? choices.categories : choices.services) as Record<string, boolean>;

/** Encodes a record as the compact cookie-safe string described above. */
export function encodeRecord<C extends AnyCatalogue>(record: ConsentRecord<C>, catalogue: C): string {
  const { ids, split, hash } = layoutOf(catalogue);
  let bits = 0n;
  ids.forEach((id, index) => {
    if (groupOf(record, index, split)[id] === true) bits |= 1n << BigInt(index);
  });
  return [
    CODEC_VERSION,
    record.revision.toString(36),
    Math.floor(record.decidedAt / 1000).toString(36),
    Math.floor(record.expiresAt / 1000).toString(36),
    record.method[0],
    record.id,
    hash,
    bits.toString(16),
  ].join('.');
}

/**
 * Decodes a stored value for `catalogue`. Anything malformed, of another version or revision, for another
 * set of ids, expired at `now` or set to live longer than `maxAgeDays` is "no choice" (`null`, rule 23).
 * Never throws. The value is not signed: whoever can write the cookie can write a choice within these rules.
 */
export function decodeRecord<C extends AnyCatalogue>(
  value: unknown,
  catalogue: C,
  now: number,
  maxAgeDays = MAX_AGE_LIMIT_DAYS,
): ConsentRecord<C> | null {
  const match = typeof value === 'string' ? SHAPE.exec(value) : null;
  if (!match) return null;
  const [, revision, decidedAt, expiresAt, method, id, hash, hex] = match as unknown as string[];
  const [decidedMs, expiresMs] = [decidedAt, expiresAt].map((part) => Number.parseInt(part as string, 36) * 1000) as [
    number,
    number,
  ];
  const { ids, split, hash: expected } = layoutOf(catalogue);
  const bits = BigInt(`0x${hex}`);
  const lifetime = expiresMs - decidedMs;
  if (
    Number.parseInt(revision as string, 36) !== catalogue.revision ||
    hash !== expected ||
    bits >> BigInt(ids.length) ||
    !(lifetime > 0 && lifetime <= maxAgeDays * 86_400_000) ||
    expiresMs <= now ||
    decidedMs > now + 86_400_000
  ) {
    return null;
  }
  const record = {
    id,
    decidedAt: decidedMs,
    expiresAt: expiresMs,
    revision: catalogue.revision,
    method: METHODS[method as string],
    categories: {},
    services: {},
  } as ConsentRecord<C>;
  ids.forEach((layoutId, index) => {
    groupOf(record, index, split)[layoutId] = ((bits >> BigInt(index)) & 1n) === 1n;
  });
  return record;
}
