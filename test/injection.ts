import { createElement, Fragment } from 'react';
import {
  type AnyCatalogue,
  Banner,
  ConsentEmbed,
  ConsentProvider,
  type ConsentRecord,
  CookieTable,
  createConsentStore,
  defineCatalogue,
  encodeRecord,
  type KitTranslations,
  memoryAdapter,
  PreferencesDialog,
  PreferencesTrigger,
} from '../src';
import { fr } from '../src/i18n/fr';

/** Rule 22's corpus: markup, event handlers, dangerous URLs and their encodings, i18next templates and nesting. */
export const PAYLOADS = [
  '<script>window.__xss = 1</script>',
  '<img src=x onerror="window.__xss = 1">',
  '<svg onload="window.__xss = 1">',
  '"><script>window.__xss = 1</script>',
  "'><img src=x onerror=window.__xss=1>",
  '<iframe src="javascript:window.__xss = 1"></iframe>',
  '<a href="javascript:window.__xss = 1">lien</a>',
  '<details open ontoggle="window.__xss = 1">',
  '<body onload="window.__xss = 1">',
  '<input autofocus onfocus="window.__xss = 1">',
  '<object data="javascript:window.__xss = 1"></object>',
  '<embed src="javascript:window.__xss = 1">',
  '<form action="javascript:window.__xss = 1"><button>envoyer</button></form>',
  '<math><mi xlink:href="javascript:window.__xss = 1">x</mi></math>',
  '<style>*{display:none}</style>',
  '<scr<script>ipt>window.__xss = 1</scr</script>ipt>',
  '<!--<img src="--><img src=x onerror="window.__xss = 1"//">',
  '" onmouseover="window.__xss = 1',
  "'; window.__xss = 1; //",
  'javascript:window.__xss = 1',
  'JaVaScRiPt:window.__xss = 1',
  ' javascript:window.__xss = 1',
  'java\tscript:window.__xss = 1',
  '&#106;avascript:window.__xss = 1',
  '%6A%61%76%61script:window.__xss = 1',
  'data:text/html,<script>window.__xss = 1</script>',
  'data:image/svg+xml,<svg onload="window.__xss = 1">',
  'vbscript:msgbox(1)',
  '{{constructor.constructor("window.__xss = 1")()}}',
  '{{provider}} {{service}}',
  '{{- "<img src=x onerror=window.__xss=1>"}}',
  '$t(banner.title)',
  '$t(banner.title, {"defaultValue": "<img src=x onerror=window.__xss=1>"})',
  '__proto__',
  'https://evil.example/"><script>window.__xss = 1</script>',
  '\u202Egnp.exe',
] as const;

const keys = <T extends object>(value: T) => Object.keys(value) as (keyof T)[];

/** A catalogue whose every text (and URL) is `payload`; revision 1, so a revision-0 record shows `revisionMessage`. */
export function hostileCatalogue(payload: string) {
  return defineCatalogue({
    revision: 1,
    revisionMessage: { fr: payload, en: payload },
    categories: {
      necessary: { required: true, title: payload, description: payload },
      audience: { exempt: true, title: payload, description: payload },
      video: { title: { fr: payload, en: payload }, description: { fr: payload, en: payload } },
    },
    services: {
      session: {
        category: 'necessary',
        provider: payload,
        title: payload,
        cookies: [{ name: payload, purpose: payload }],
      },
      matomo: {
        category: 'audience',
        provider: payload,
        title: payload,
        policyUrl: payload,
        cookies: [{ name: /^_pk_id\./, purpose: payload, duration: 395 }],
      },
      youtube: {
        category: 'video',
        provider: payload,
        title: { fr: payload, en: payload },
        policyUrl: payload,
        cookies: [{ name: payload, purpose: { fr: payload, en: payload }, duration: 'session', party: 'third' }],
      },
    },
  });
}

/** Every one of the kit's French strings replaced by `payload`. */
export function hostileTranslations(payload: string): KitTranslations {
  const replace = (value: object): object =>
    Object.fromEntries(
      keys(value).map((key) => [key, typeof value[key] === 'string' ? payload : replace(value[key] as object)]),
    );
  return { fr: replace(fr) };
}

/** Every visible component, the banner asked again after a revision and the dialog open. */
export function hostilePage(catalogue: AnyCatalogue, translations?: KitTranslations) {
  const earlier = createConsentStore({ catalogue: { ...catalogue, revision: 0 }, storage: memoryAdapter() });
  earlier.send({ type: 'ACCEPT_ALL' });
  const stored = encodeRecord(earlier.getSnapshot().record as ConsentRecord, { ...catalogue, revision: 0 });
  const store = createConsentStore({ catalogue, storage: { ...memoryAdapter(stored), name: 'charte' } });
  store.send({ type: 'OPEN_PREFERENCES' });
  return createElement(
    ConsentProvider,
    { store, ...(translations ? { translations } : {}) },
    createElement(
      Fragment,
      null,
      createElement(PreferencesTrigger),
      createElement(CookieTable),
      createElement(ConsentEmbed, { service: 'youtube' }),
      createElement(Banner, { continueWithoutAccepting: true }),
      createElement(PreferencesDialog),
    ),
  );
}

/** Element names, attribute names, and link targets under `root`. */
export function inventory(root: ParentNode) {
  const elements = [...root.querySelectorAll('*')];
  return {
    tags: new Set(elements.map((element) => element.localName)),
    attributes: new Set(elements.flatMap((element) => element.getAttributeNames())),
    hrefs: elements.flatMap((element) => ['href', 'src', 'action', 'data'].map((name) => element.getAttribute(name))),
  };
}

/** Whether a URL is one rule 22 allows: https, http, mailto, or relative (browsers skip leading C0 controls). */
export const isSafeUrl = (url: string | null) =>
  url === null ||
  /^(https?:|mailto:)/i.test(url) ||
  // biome-ignore lint/suspicious/noControlCharactersInRegex: leading C0 controls are what browsers skip before a scheme.
  !/^[\s\u0000-\u001f]*[a-z][a-z\d+.-]*:/i.test(url);
