// What is measured: size rows (bench/src modules, react external) and timing pages (the same modules in a host app).

const CHARTE_DEPENDENCIES = ['@radix-ui/react-compose-refs', '@radix-ui/react-dialog', '@radix-ui/react-slot'];

/**
 * `packages` names what `npm install` brings for the entry: the package and its dependency tree, taken from
 * `lock` (the repo's lockfile for charte, bench's otherwise); `self` counts the package itself when it is not
 * in that lockfile.
 */
export const sizeRows = [
  {
    id: 'charte',
    label: 'charte: full UI (Radix, i18next bundled)',
    source: 'charte-full.js',
    packages: { lock: 'repo', roots: [...CHARTE_DEPENDENCIES, 'i18next'], self: 1 },
  },
  {
    id: 'charte-host-i18next',
    label: 'charte: full UI, host has i18next',
    source: 'charte-full.js',
    external: ['i18next'],
    packages: { lock: 'repo', roots: CHARTE_DEPENDENCIES, self: 1 },
  },
  {
    id: 'charte-banner',
    label: 'charte: Banner + PreferencesDialog only (timing page)',
    source: 'charte.jsx',
    packages: { lock: 'repo', roots: [...CHARTE_DEPENDENCIES, 'i18next'], self: 1 },
  },
  {
    id: 'charte-headless',
    label: 'charte/headless (provider, hook, gate)',
    source: 'charte-headless.js',
    packages: { lock: 'repo', roots: [...CHARTE_DEPENDENCIES, 'i18next'], self: 1 },
  },
  {
    id: 'charte-core',
    label: 'charte/core',
    source: 'charte-core.js',
    packages: { lock: 'repo', roots: [...CHARTE_DEPENDENCIES, 'i18next'], self: 1 },
  },
  {
    id: 'floor',
    label: 'floor: Radix dialog + i18next + JSX',
    source: 'floor.jsx',
    packages: { lock: 'bench', roots: ['@radix-ui/react-dialog', 'i18next'] },
  },
  { id: 'c15t', label: '@c15t/react (offline)', source: 'c15t.jsx', packages: { roots: ['@c15t/react'] } },
  {
    id: 'vanilla-cookieconsent',
    label: 'vanilla-cookieconsent',
    source: 'vanilla-cookieconsent.jsx',
    packages: { roots: ['vanilla-cookieconsent'] },
  },
  {
    id: 'react-cookie-consent',
    label: 'react-cookie-consent',
    source: 'react-cookie-consent.jsx',
    packages: { roots: ['react-cookie-consent'] },
  },
  {
    id: 'tarteaucitron',
    label: 'tarteaucitronjs (+ lang, services, CSS it loads)',
    source: 'tarteaucitron.jsx',
    packages: { roots: ['tarteaucitronjs'] },
  },
  { id: 'klaro', label: 'klaro', source: 'klaro.jsx', packages: { roots: ['klaro'] } },
  {
    id: 'react-dsfr',
    label: '@codegouvfr/react-dsfr (+ DSFR core, button, modal, form, radio, consent CSS; DSFR JS)',
    source: 'react-dsfr.jsx',
    // startReactDsfr imports the DSFR's JS with import() at start, before any click: on arrival too.
    eager: true,
    packages: { roots: ['@codegouvfr/react-dsfr'] },
  },
];

/**
 * Timing pages: `accept` is the button whose visibility ends the first visit, `banner` any element of the banner,
 * which a returning visitor must never get; `gated` the component the INP page renders 20 times, reading consent to
 * statistics as the entry's docs show.
 */
export const pages = [
  {
    id: 'control',
    label: 'control (plain button)',
    source: 'control.jsx',
    gated: 'gated/control.jsx',
    accept: '#app-button',
    banner: null,
  },
  {
    id: 'charte',
    label: 'charte (Banner + PreferencesDialog)',
    source: 'charte.jsx',
    gated: 'gated/charte.jsx',
    accept: '[data-part="accept-all"]',
    banner: '[data-part="banner"]',
  },
  {
    id: 'charte-ssr',
    label: 'charte, server-rendered (banner in the HTML)',
    // Rendered per request by ssr-server.jsx (readRequestConsent, serverConsent), hydrated by ssr-client.jsx.
    source: 'ssr-client.jsx',
    ssr: 'ssr-server.jsx',
    accept: '[data-part="accept-all"]',
    banner: '[data-part="banner"]',
  },
  {
    id: 'floor',
    label: 'floor',
    source: 'floor.jsx',
    gated: 'gated/floor.jsx',
    accept: '.floor-banner button',
    banner: '.floor-banner',
  },
  {
    id: 'c15t',
    label: '@c15t/react',
    source: 'c15t.jsx',
    gated: 'gated/c15t.jsx',
    accept: '[data-testid="consent-banner-accept-button"]',
    banner: '[data-testid="consent-banner-root"]',
  },
  {
    id: 'vanilla-cookieconsent',
    label: 'vanilla-cookieconsent',
    source: 'vanilla-cookieconsent.jsx',
    gated: 'gated/vanilla-cookieconsent.jsx',
    accept: '#cc-main .cm__btn[data-role="all"]',
    banner: '#cc-main .cm',
  },
  {
    id: 'react-cookie-consent',
    label: 'react-cookie-consent',
    source: 'react-cookie-consent.jsx',
    gated: 'gated/react-cookie-consent.jsx',
    accept: '#rcc-accept',
    banner: '.CookieConsent',
  },
  {
    id: 'tarteaucitron',
    label: 'tarteaucitronjs',
    source: 'tarteaucitron.jsx',
    gated: 'gated/tarteaucitron.jsx',
    accept: '#tarteaucitronPersonalize2',
    banner: '#tarteaucitronAlertBig',
  },
  {
    id: 'klaro',
    label: 'klaro',
    source: 'klaro.jsx',
    gated: 'gated/klaro.jsx',
    accept: '.klaro .cm-btn-success',
    banner: '.klaro .cookie-notice',
  },
  {
    id: 'react-dsfr',
    label: '@codegouvfr/react-dsfr',
    source: 'react-dsfr.jsx',
    gated: 'gated/react-dsfr.jsx',
    accept: '#fr-consent-banner-button-accept-all',
    banner: '#fr-consent-banner',
  },
];
