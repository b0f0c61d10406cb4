import type { AnyCatalogue } from './catalogue';

/** 32-bit FNV-1a of `text`'s UTF-16 code units, in base 36. */
export function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 0x1000193);
  return (value >>> 0).toString(36);
}

/**
 * One hash per category and service id, of the id and its whole definition (texts in every language,
 * cookies, RegExp names as written): an id whose definition changes gets a new fingerprint.
 */
export function fingerprintsOf(catalogue: AnyCatalogue): Record<string, string> {
  const prints: Record<string, string> = {};
  for (const [kind, definitions] of [
    ['c', catalogue.categories],
    ['s', catalogue.services],
  ] as const) {
    for (const id in definitions) {
      prints[id + kind] = hash(
        kind + id + JSON.stringify(definitions[id], (_, value) => (value instanceof RegExp ? `${value}` : value)),
      );
    }
  }
  return prints;
}

/**
 * The stable hash of a catalogue as shown in `lng` (rule 10): it changes with any id or text,
 * in any language, and not with declaration order.
 */
export const catalogueHash = (catalogue: AnyCatalogue, lng: string): string =>
  hash(lng + Object.values(fingerprintsOf(catalogue)).sort());
