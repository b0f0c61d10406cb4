import i18next, { type i18n as I18n } from 'i18next';
import type { AnyCatalogue, Text } from '../core';
import { fr, type KitResource } from './fr';
import { NAMESPACE } from './namespace';

export type { KitResource } from './fr';

/** Namespace of the catalogue's texts, keyed by their path in the catalogue. */
export const CATALOGUE_NAMESPACE = 'charte-catalogue';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]> };
/**
 * More languages, or overrides of the kit's strings, per language: `{ en }` (from `charte/locales/en`)
 * or `{ fr: { banner: { title: '…' } } }`.
 */
export type KitTranslations = Readonly<Record<string, DeepPartial<KitResource>>>;

/** Every key of the kit's strings, such as `'banner.title'`: a mistyped key is a compile error. */
export type KitKey = Keys<KitResource>;
type Keys<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Keys<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A catalogue text and the language it is actually in: French when the visitor's language has none (rule 21). */
export interface Localised {
  readonly value: string;
  readonly lng: string;
}

/** Joins the path of a catalogue text; no id contains it, so ids with dots stay whole. */
const SEPARATOR = '\u001f';

/**
 * The i18next instance the visible components read: the host's, with the kit's namespaces added,
 * or the kit's own, created synchronously (`initAsync: false`, else the first render has no text).
 */
export function createKitI18n(catalogue: AnyCatalogue, host?: I18n, translations: KitTranslations = {}): I18n {
  if (host && !host.isInitialized && !host.isInitializing) {
    throw new Error(
      '`ConsentProvider`: the `i18n` prop is an i18next instance that was never initialised. Call `i18n.init()` before rendering, or leave `i18n` out to use the kit’s own instance.',
    );
  }
  const instance = host ?? i18next.createInstance();
  if (!host) {
    instance.init({
      lng: 'fr',
      fallbackLng: 'fr',
      initAsync: false,
      resources: {},
      // React escapes text; the kit never renders HTML (rule 22).
      interpolation: { escapeValue: false },
    });
  }
  instance.addResourceBundle('fr', NAMESPACE, fr, true, false);
  for (const [lng, resource] of Object.entries(translations)) {
    instance.addResourceBundle(lng, NAMESPACE, resource, true, true);
  }
  const add = (text: Text | undefined, ...path: (string | number)[]) => {
    for (const [lng, value] of Object.entries(typeof text === 'string' ? { fr: text } : (text ?? {}))) {
      instance.addResource(lng, CATALOGUE_NAMESPACE, path.join(SEPARATOR), value, {
        keySeparator: SEPARATOR,
        silent: true,
      });
    }
  };
  add(catalogue.revisionMessage, 'revisionMessage');
  for (const id of catalogue.categoryIds) {
    add(catalogue.categories[id]?.title, 'categories', id, 'title');
    add(catalogue.categories[id]?.description, 'categories', id, 'description');
  }
  for (const id of catalogue.serviceIds) {
    const service = catalogue.services[id];
    add(service?.title, 'services', id, 'title');
    service?.cookies.forEach((cookie, index) => {
      add(cookie.purpose, 'services', id, 'cookies', index, 'purpose');
    });
  }
  return instance;
}

/** The table of languages (load-locale.ts), once a page has asked for a language other than French. */
let locales: typeof import('./load-locale') | undefined;

/**
 * The language to show for `asked` (a language, or the visitor's comma-separated list, whose first one is meant):
 * French at once, any other once its strings are in, `undefined` until then.
 */
export const chosenLanguage = (asked: string): string | undefined =>
  /^fr\b/i.test(asked) ? asked : locales?.chosen[asked];

/**
 * Loads the kit's strings in `lng` (`pt-BR` loads `pt`), so that the next render shows them: a server awaits it before
 * rendering, and the client before hydrating, so both render the same text. Resolves to the language shown.
 */
export const preloadLocale = (lng: string): Promise<string> =>
  import('./load-locale').then((module) => {
    locales = module;
    return module.load(lng);
  });

const warned = new Set<string>();

/** In development, says once per language that the kit has no strings for it, and how to give them. */
function warnMissingLanguage(lng: string) {
  if (warned.has(lng)) return;
  warned.add(lng);
  console.warn(
    `charte: no strings for "${lng}", so the kit's own texts are shown in French. Pass your own as \`translations={{ '${lng}': { … } }}\` to \`ConsentProvider\`.`,
  );
}

/**
 * Translates kit strings and catalogue texts in `lng`; anything missing falls back to French, never to a key (rule 21).
 * `lng` in the result is the language the kit's strings are actually in, for `lang` attributes and `Intl`.
 */
export function createTranslator(instance: I18n, lng: string, loading = false) {
  const lngs = [...new Set([...instance.services.languageUtils.toResolveHierarchy(lng), 'fr'])];
  // The loaded languages' strings are added first; their table knows the writing direction and the durations.
  const loaded = locales?.merge(instance, lngs);
  const shown = lngs.find((code) => instance.hasResourceBundle(code, NAMESPACE)) ?? 'fr';
  if (__DEV__ && !loading && shown === 'fr' && lng.split('-')[0] !== 'fr') warnMissingLanguage(lng);
  // React escapes; a host instance may escape too, which would show "&amp;" (rule 22 holds: text only). Only then is
  // the option passed: i18next rebuilds its interpolation regexes twice for each call that carries one.
  const escaping =
    instance.options.interpolation?.escapeValue === false ? {} : { interpolation: { escapeValue: false } };
  return {
    lng: shown,
    /** The writing direction of the kit's strings, for `dir` beside `lang`. */
    dir: loaded?.dir ?? 'ltr',
    /** A duration in the language's own words where Intl may lack them (French for some), else `undefined`. */
    duration: loaded?.duration,
    /** A kit string, such as `banner.title`. */
    t: (key: KitKey, options: Record<string, unknown> = {}) =>
      instance.t(key, { ...options, lngs, ns: NAMESPACE, ...escaping }) as string,
    /** A kit string with its `{{placeholders}}` left in, for values that are not plain text. */
    template: (key: KitKey) => instance.t(key, { lngs, ns: NAMESPACE, skipInterpolation: true }) as string,
    /** A catalogue text at `path` and its language, never interpolated nor nested: it is data (rule 22). */
    text: (...path: (string | number)[]): Localised => {
      const key = path.join(SEPARATOR);
      for (const code of lngs) {
        const value = instance.getResource(code, CATALOGUE_NAMESPACE, key, { keySeparator: SEPARATOR });
        if (typeof value === 'string') return { value, lng: code };
      }
      return { value: '', lng: shown };
    },
  };
}

export type Translator = ReturnType<typeof createTranslator>;
