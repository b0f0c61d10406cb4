// @vitest-environment node
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fr, type KitResource } from '../../src/i18n/fr';

// Every language of the kit, French apart (src/i18n/fr.ts is the source), by file: one module per language.
const modules = import.meta.glob<Record<string, KitResource>>('../../src/locales/*.ts', { eager: true });
const locales = Object.entries(modules).map(([path, module]) => {
  const code = /(\w+)\.ts$/.exec(path)?.[1] as string;
  return [code, module[code] as KitResource] as const;
});

const flat = (resource: object, prefix = ''): [string, string][] =>
  Object.entries(resource).flatMap(([key, value]) =>
    typeof value === 'string' ? [[prefix + key, value]] : flat(value, `${prefix}${key}.`),
  );
const french = Object.fromEntries(flat(fr));
const placeholders = (text: string) => (text.match(/\{\{\w+\}\}/g) ?? []).sort();
/** Proper nouns that every language writes as French does: the signal's name and the French regulator's. */
const PROPER_NOUNS = ['Global Privacy Control', 'CNIL'];
/** A string made of proper nouns alone may equal the French one. */
const onlyProperNouns = (text: string) =>
  PROPER_NOUNS.reduce((rest, noun) => rest.replaceAll(noun, ''), text).trim() === '';

/** The typographic rules written down, per language: each returns the strings that break it. */
const typography: Record<string, (text: string) => boolean> = {
  // A no-break space (U+00A0, or the narrow U+202F) before ; : ! ? » and after «.
  fr: (text) => / [:;!?»]|« /.test(text) || /[^\s\u00a0\u202f][;:!?»]/.test(text),
  // German and Lithuanian quote „so“.
  de: (text) => /["«»”]/.test(text) || (text.match(/„/g)?.length ?? 0) !== (text.match(/“/g)?.length ?? 0),
  lt: (text) => /["«»”]/.test(text) || (text.match(/„/g)?.length ?? 0) !== (text.match(/“/g)?.length ?? 0),
  // Spanish opens a question with ¿ and an exclamation with ¡.
  es: (text) => (text.includes('?') && !text.includes('¿')) || (text.includes('!') && !text.includes('¡')),
  // Arabic and Persian write the Arabic comma, semicolon and question mark.
  ar: (text) => /[,;?]/.test(text),
  fa: (text) => /[,;?]/.test(text),
  // Greek asks with ";" (the Greek question mark), never "?".
  el: (text) => text.includes('?'),
  // Chinese and Japanese use full-width punctuation.
  zh: (text) => /[,.:;!?()]/.test(text),
  ja: (text) => /[,.:;!?()]/.test(text),
};

describe('the kit’s languages', () => {
  describe('given the modules of src/locales', () => {
    it('number at least 40, French included, one file each', () => {
      expect(locales.length + 1).toBeGreaterThanOrEqual(40);
      expect(readdirSync(new URL('../../src/locales', import.meta.url)).length).toBe(locales.length);
    });
  });

  describe('given each language of the kit', () => {
    it.each(locales)('%s has exactly French’s keys, none empty, with the same placeholders', (_, resource) => {
      const strings = Object.fromEntries(flat(resource));
      expect(Object.keys(strings).sort()).toEqual(Object.keys(french).sort());
      for (const [key, value] of Object.entries(strings)) {
        expect(value.trim(), key).not.toBe('');
        expect(placeholders(value), key).toEqual(placeholders(french[key] as string));
      }
    });

    it.each(locales)('%s translates every string, and keeps the proper nouns French writes', (_, resource) => {
      const strings = flat(resource);
      expect(strings.filter(([key, value]) => value === french[key] && !onlyProperNouns(value))).toEqual([]);
      for (const [key, value] of strings) {
        for (const noun of PROPER_NOUNS) if (french[key]?.includes(noun)) expect(value, key).toContain(noun);
      }
    });

    it.each(locales)('%s uses typographic apostrophes and quotes, never straight ones', (_, resource) => {
      expect(flat(resource).filter(([, value]) => /["']/.test(value))).toEqual([]);
    });

    it.each([['fr', fr] as const, ...locales.filter(([code]) => code in typography)])(
      '%s follows its own typographic rule',
      (code, resource) => {
        expect(flat(resource).filter(([, value]) => typography[code]?.(value))).toEqual([]);
      },
    );
  });

  describe('given text that breaks a typographic rule', () => {
    it('the rule catches it', () => {
      expect(typography.fr?.('Choix : oui')).toBe(true);
      expect(typography.de?.('Klicken Sie auf "Alle"')).toBe(true);
      expect(typography.es?.('Acepta?')).toBe(true);
      expect(typography.ar?.('نعم, لا')).toBe(true);
      expect(typography.zh?.('是的, 不')).toBe(true);
    });
  });
});
