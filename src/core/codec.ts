import type { AnyCatalogue } from './catalogue';
import type { Choices, ConsentMethod, ConsentRecord } from './machine';

/**
 * Stored value, version 1 (documented in the README so a server can re-set it):
 * `1.<revision>.<decidedAt>.<expiresAt>.<method>.<id>.<layout>.<bits>`
 * - revision, decidedAt and expiresAt (seconds since the epoch) in base 36;
 * - method: `a` accept-all, `r` reject-all, `c` custom;
 * - id: the record's UUID;
 * - layout: base-36 FNV-1a hash of the sorted category ids, then the sorted service ids;
 * - bits: hexadecimal bitset over those ids in that order, lowest bit first, 1 = granted.
 * It grows by one character per four ids, so it stays far under the 4096-byte cookie limit.
 */
const CODEC_VERSION = '1';

const METHODS: readonly ConsentMethod[] = ['accept-all', 'reject-all', 'custom'];
const SHAPE =
  /^1\.([0-9a-z]{1,9})\.([0-9a-z]{1,9})\.([0-9a-z]{1,9})\.([arc])\.([0-9a-f-]{36})\.(\w{1,7})\.([0-9a-f]{1,999})$/;

/** Every id in a fixed order, whatever the declaration order, and a hash of that list. */
function layoutOf(catalogue: AnyCatalogue) {
  const categories = [...catalogue.categoryIds].sort();
  const services = [...catalogue.serviceIds].sort();
  let hash = 0x811c9dc5;
  for (const char of `${categories}|${services}`) {
    hash = Math.imul(hash ^ (char.codePointAt(0) as number), 0x01000193) >>> 0;
  }
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
 * Decodes a stored value for `catalogue`. Anything malformed, of another version or revision,
 * for another set of ids, or expired at `now` is "no choice" (`null`, rule 23). Never throws.
 */
export function decodeRecord<C extends AnyCatalogue>(
  value: unknown,
  catalogue: C,
  now: number,
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
  if (
    Number.parseInt(revision as string, 36) !== catalogue.revision ||
    hash !== expected ||
    bits >> BigInt(ids.length) !== 0n ||
    expiresMs <= decidedMs ||
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
    method: METHODS.find((name) => name[0] === method),
    categories: {},
    services: {},
  } as ConsentRecord<C>;
  ids.forEach((layoutId, index) => {
    groupOf(record, index, split)[layoutId] = ((bits >> BigInt(index)) & 1n) === 1n;
  });
  return record;
}
