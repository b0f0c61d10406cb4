import i18next, { type i18n as I18n } from 'i18next';
import type { AnyCatalogue, Text } from '../core';
import { fr, type KitResource } from './fr';

export type { KitResource } from './fr';

/** Namespace of the kit's own strings. */
export const NAMESPACE = 'charte';
/** Namespace of the catalogue's texts, keyed by their path in the catalogue. */
export const CATALOGUE_NAMESPACE = 'charte-catalogue';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]> };
/**
 * More languages, or overrides of the kit's strings, per language: `{ en }` (from `charte/locales/en`)
 * or `{ fr: { banner: { title: '…' } } }`. French is built in; other locales are opt-in so that
 * visitors download only the languages the site uses.
 */
export type KitTranslations = Readonly<Record<string, DeepPartial<KitResource>>>;

/** Joins the path of a catalogue text; no id contains it, so ids with dots stay whole. */
const SEPARATOR = '\u001f';

/**
 * The i18next instance the visible components read: the host's, with the kit's namespaces added,
 * or the kit's own, created synchronously (`initAsync: false`, else the first render has no text).
 */
export function createKitI18n(catalogue: AnyCatalogue, host?: I18n, translations: KitTranslations = {}): I18n {
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

/**
 * Translates kit strings and catalogue texts in `lng`; anything missing falls back to French, never to a key (rule 21).
 * `lng` in the result is the language the kit's strings are actually in, for `lang` attributes and `Intl`.
 */
export function createTranslator(instance: I18n, lng: string) {
  const lngs = [...new Set([...instance.services.languageUtils.toResolveHierarchy(lng), 'fr'])];
  return {
    lng: lngs.find((code) => instance.hasResourceBundle(code, NAMESPACE)) ?? 'fr',
    /** A kit string, such as `banner.title`. */
    t: (key: string, options: Record<string, unknown> = {}) =>
      // React escapes; a host instance may escape too, which would show "&amp;" (rule 22 holds: text only). Only then
      // is the option passed: i18next rebuilds its interpolation regexes twice for each call that carries one.
      instance.t(key, {
        ...options,
        lngs,
        ns: NAMESPACE,
        ...(instance.options.interpolation?.escapeValue === false ? {} : { interpolation: { escapeValue: false } }),
      }) as string,
    /** A catalogue text at `path`, never interpolated nor nested: it is data, not a template (rule 22). */
    text: (...path: (string | number)[]) =>
      instance.t(path.join(SEPARATOR), {
        lngs,
        ns: CATALOGUE_NAMESPACE,
        keySeparator: SEPARATOR,
        nsSeparator: false,
        skipInterpolation: true,
        defaultValue: '',
      }) as string,
  };
}

export type Translator = ReturnType<typeof createTranslator>;
