import type { i18n as I18n } from 'i18next';
import type { KitResource } from './fr';
import { NAMESPACE } from './namespace';

/** The kit's built-in strings, one chunk per language, loaded when a page asks for that language. */
const loaders: Readonly<Record<string, () => Promise<Record<string, KitResource>>>> = {
  ar: () => import('../locales/ar'),
  bg: () => import('../locales/bg'),
  br: () => import('../locales/br'),
  ca: () => import('../locales/ca'),
  co: () => import('../locales/co'),
  cs: () => import('../locales/cs'),
  da: () => import('../locales/da'),
  de: () => import('../locales/de'),
  el: () => import('../locales/el'),
  en: () => import('../locales/en'),
  es: () => import('../locales/es'),
  et: () => import('../locales/et'),
  eu: () => import('../locales/eu'),
  fa: () => import('../locales/fa'),
  fi: () => import('../locales/fi'),
  ga: () => import('../locales/ga'),
  he: () => import('../locales/he'),
  hr: () => import('../locales/hr'),
  hu: () => import('../locales/hu'),
  is: () => import('../locales/is'),
  it: () => import('../locales/it'),
  ja: () => import('../locales/ja'),
  ko: () => import('../locales/ko'),
  lb: () => import('../locales/lb'),
  lt: () => import('../locales/lt'),
  lv: () => import('../locales/lv'),
  mt: () => import('../locales/mt'),
  nb: () => import('../locales/nb'),
  nl: () => import('../locales/nl'),
  oc: () => import('../locales/oc'),
  pl: () => import('../locales/pl'),
  pt: () => import('../locales/pt'),
  ro: () => import('../locales/ro'),
  ru: () => import('../locales/ru'),
  sk: () => import('../locales/sk'),
  sl: () => import('../locales/sl'),
  sq: () => import('../locales/sq'),
  sr: () => import('../locales/sr'),
  sv: () => import('../locales/sv'),
  tr: () => import('../locales/tr'),
  uk: () => import('../locales/uk'),
  vi: () => import('../locales/vi'),
  zh: () => import('../locales/zh'),
};
/** The language part of a BCP 47 tag, in lower case: `pt-BR` gives `pt`. */
const base = (lng: string) => lng.split(/[-_]/)[0]?.toLowerCase() ?? '';

/** Whether the kit has its own strings in `lng`'s language. */
export const hasLocale = (lng: string) => base(lng) === 'fr' || base(lng) in loaders;

/** The kit's built-in strings loaded so far, by language. */
const strings: Record<string, KitResource> = {};
/** The language to show for each language (or visitor's comma-separated list) asked for, once its strings are in. */
export const chosen: Record<string, string> = {};
/** Each language's load while it is on its way, or once done. */
const loading: Record<string, Promise<string>> = {};

/**
 * Adds the loaded strings of `lngs` to `instance` (the host's `translations`, added with priority, keep their keys) and
 * gives the writing direction of the first of `lngs` that has strings, as the translator shows it.
 */
export function merge(instance: I18n, lngs: readonly string[]): 'ltr' | 'rtl' {
  for (const code of lngs) {
    const loaded = strings[code];
    if (loaded) instance.addResourceBundle(code, NAMESPACE, loaded, true, false);
  }
  const shown = lngs.find((code) => instance.hasResourceBundle(code, NAMESPACE));
  return /^(ar|fa|he)\b/.test(shown ?? 'fr') ? 'rtl' : 'ltr';
}

/**
 * Loads the kit's strings for `asked` and records in `chosen` the language to show: `asked` itself (a region falls
 * back to its language, an unknown language to French, when translating), or, for the visitor's comma-separated list,
 * its first language the kit has, else French.
 */
export function load(asked: string) {
  // One load per language, shared by every component that asks while it is on its way; a failed one (offline, say)
  // is tried again by the next call.
  loading[asked] ??= settle(asked).catch((error: unknown) => {
    delete loading[asked];
    throw error;
  });
  return loading[asked];
}

async function settle(asked: string) {
  const lng = asked.includes(',') ? (asked.split(',').find(hasLocale) ?? 'fr') : asked;
  const code = base(lng);
  const loader = loaders[code];
  if (loader && !strings[code]) {
    const resource = (await loader())[code];
    if (resource) strings[code] = resource;
  }
  chosen[asked] = lng;
  return lng;
}
