import type { i18n as I18n } from 'i18next';
import type { Localised } from '.';
import type { DurationUnit, DurationWords } from './durations';
import type { KitResource } from './fr';
import { NAMESPACE } from './namespace';

/** A language's module: its strings under its code, and its words for durations where Intl may lack them. */
type LocaleModule = { readonly durations?: DurationWords } & Readonly<Record<string, unknown>>;

/** The kit's built-in strings, one chunk per language, loaded when a page asks for that language. */
const loaders: Readonly<Record<string, () => Promise<LocaleModule>>> = {
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

/** The languages' modules loaded so far, by language: their strings and their words for durations. */
const modules: Record<string, LocaleModule> = {};
const stringsOf = (code: string) => modules[code]?.[code] as KitResource | undefined;
/**
 * Languages whose durations are shown in French, marked `lang="fr"`: Chromium's Intl has no unit names for them and
 * CLDR's are missing (co) or incomplete (ga's hours, mt, oc), so no runtime would show them alike.
 */
const FRENCH_DURATIONS = ['co', 'ga', 'mt', 'oc'];

/** A duration in `lng`'s own words, in French for the languages above, or `undefined` where Intl formats it. */
const durationIn =
  (lng: string) =>
  (count: number, unit: DurationUnit): Localised | undefined => {
    const code = base(lng);
    const words = modules[code]?.durations;
    if (words) {
      const pattern = words.units[unit][words.plural(count)] ?? words.units[unit].other ?? '';
      return { value: pattern.replace('{{count}}', String(count)), lng };
    }
    if (!FRENCH_DURATIONS.includes(code)) return undefined;
    return {
      value: new Intl.NumberFormat('fr', { style: 'unit', unit, unitDisplay: 'long' }).format(count),
      lng: 'fr',
    };
  };
/** The language to show for each language (or visitor's comma-separated list) asked for, once its strings are in. */
export const chosen: Record<string, string> = {};
/** Each language's load while it is on its way, or once done. */
const loading: Record<string, Promise<string>> = {};

/**
 * Adds the loaded strings of `lngs` to `instance` (the host's `translations`, added with priority, keep their keys) and
 * gives, for the first of `lngs` that has strings, as the translator shows it, its writing direction and its words
 * for durations.
 */
export function merge(instance: I18n, lngs: readonly string[]) {
  for (const code of lngs) {
    const loaded = stringsOf(code);
    if (loaded) instance.addResourceBundle(code, NAMESPACE, loaded, true, false);
  }
  const shown = lngs.find((code) => instance.hasResourceBundle(code, NAMESPACE)) ?? 'fr';
  return { dir: /^(ar|fa|he)\b/.test(shown) ? ('rtl' as const) : ('ltr' as const), duration: durationIn(shown) };
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
  if (loader && !modules[code]) modules[code] = await loader();
  chosen[asked] = lng;
  return lng;
}
