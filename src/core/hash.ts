import type { AnyCatalogue } from './catalogue';

/** 32-bit FNV-1a of `text`'s UTF-16 code units, in base 36. */
export function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 0x1000193);
  return (value >>> 0).toString(36);
}

/** A definition as fingerprints read it: JSON, with RegExp names as written. */
export const definitionText = (value: unknown) =>
  JSON.stringify(value, (_, item) => (item instanceof RegExp ? `${item}` : item));

/**
 * One hash per category and service id, keyed `<id>c` or `<id>s`: of the id and its whole definition (texts in
 * every language, cookies, RegExp names as written), and for a service its category's too, so a reworded
 * purpose gets new fingerprints for itself and all its services.
 */
export function fingerprintsOf(catalogue: AnyCatalogue): Record<string, string> {
  const prints: Record<string, string> = {};
  for (const id in catalogue.categories) prints[`${id}c`] = hash(`c${id}${definitionText(catalogue.categories[id])}`);
  for (const id in catalogue.services) {
    const service = catalogue.services[id];
    prints[`${id}s`] = hash(
      `s${id}${definitionText(service)}${definitionText(catalogue.categories[service?.category as string])}`,
    );
  }
  return prints;
}

/**
 * The stable hash of what the visitor was shown (rule 10): `lng`, the catalogue (any id or text in any language,
 * and `revisionMessage`, but not declaration order) and `texts`, the interface's strings as displayed.
 */
export const catalogueHash = (catalogue: AnyCatalogue, lng: string, texts = ''): string =>
  hash(lng + Object.values(fingerprintsOf(catalogue)).sort() + JSON.stringify(catalogue.revisionMessage ?? '') + texts);
