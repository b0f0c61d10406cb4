const { existsSync, readdirSync, readFileSync } = require('node:fs');
const { brotliCompressSync } = require('node:zlib');

// Brotli sizes of what a visitor downloads in a production build (dist/production, the `production` export
// condition); the app brings react and react-dom.
const peers = ['react', 'react-dom', 'react/jsx-runtime'];
// size-limit always leaves peer dependencies out; a host without i18next bundles it, so this check puts it back.
const withI18next = (config) => ({ ...config, external: config.external.filter((name) => name !== 'i18next') });
// esbuild follows every import(): the languages' table and chunks load only for a page not in French, and the
// largest chunk has its own check below, so the full-UI figures leave them out.
const withoutLanguages = (config) => ({ ...config, external: [...config.external, './locales/index.js'] });
// What an app split by Vite, webpack or Next.js loads before any import() runs (issue 18's size targets): every
// dynamic import is left out (the preferences dialog's body with Radix, the languages' table and chunks).
const onArrival = (config) => ({
  ...config,
  plugins: [
    ...(config.plugins ?? []),
    {
      name: 'on-arrival',
      setup(build) {
        build.onResolve({ filter: /.*/ }, ({ kind, path }) =>
          kind === 'dynamic-import' ? { path, external: true } : undefined,
        );
      },
    },
  ],
});
const everything =
  '{ ConsentProvider, useConsent, ConsentGate, Banner, PreferencesDialog, PreferencesTrigger, CookieTable, ConsentEmbed, ConsentScript, defineCatalogue }';

// A page in a language other than French loads that language's chunk: the largest one is checked, whichever it is.
const locales = 'dist/production/locales';
const largestLocale = (existsSync(locales) ? readdirSync(locales) : [])
  .filter((file) => /^[a-z]{2,3}\.js$/.test(file))
  .map((file) => `${locales}/${file}`)
  .reduce(
    (largest, path) =>
      brotliCompressSync(readFileSync(path)).length > brotliCompressSync(readFileSync(largest)).length ? path : largest,
    `${locales}/en.js`,
  );

module.exports = [
  {
    name: 'on arrival: full UI with i18next bundled (JS + CSS)',
    path: ['dist/production/index.js', 'dist/styles.css'],
    import: { 'dist/production/index.js': everything, 'dist/styles.css': '*' },
    ignore: peers,
    // Issue 18 targets 24 kB: missed by 4.01 kB (28.01 with the banner's form actions, which replay a click made
    // before hydration). i18next is 14.06 kB of it, the host-i18next path below the rest. 28.05 once the embed's
    // placeholder carries lang and dir, and a revision message in French is marked lang="fr" in another language;
    // 28.11 once durations take a language's own words where Chromium's Intl has none; 28.2 once a browser app's
    // banner waits for its language (up to a second) rather than appear in French first; 28.25 once a control
    // focused before the banner appears is scrolled clear of it.
    limit: '28.3 kB',
    modifyEsbuildConfig: (config) => onArrival(withI18next(config)),
  },
  {
    name: "on arrival: full UI with the host's i18next (JS + CSS)",
    path: ['dist/production/index.js', 'dist/styles.css'],
    import: { 'dist/production/index.js': everything, 'dist/styles.css': '*' },
    ignore: [...peers, 'i18next'],
    // Issue 18 targets 10 kB: missed by 3.91 kB (13.91 with the banner's form actions). The stylesheet is 2.23 kB (whitespace-minified here,
    // 1.84 fully minified), the Radix pieces the banner imports statically (Slot, primitive, compose-refs) 1.33 kB,
    // the kit's own JS 10.33 kB (scripts/locale-sizes.mjs leaves Radix out and prints 10.51 kB as ESM).
    // 13.95 with the embed's lang and dir and the revision message's lang="fr"; 14.07 once the banner waits for its
    // language in a browser app, 14.14 once a control focused before it appears is scrolled clear of it.
    limit: '14.2 kB',
    modifyEsbuildConfig: onArrival,
  },
  {
    name: 'charte/headless: ConsentProvider, useConsent, ConsentGate',
    path: 'dist/production/headless.js',
    import: '{ ConsentProvider, useConsent, ConsentGate }',
    ignore: peers,
    // Issue 6 targets 3 kB: missed by about 1.1 kB, the lifecycle of issue 4 (revisions, records, withdrawal
    // clean-up, GPC, other tabs) and the hardening of issue 7 (tampered cookies, framing, blocked storage). 4.13 kB
    // before issues 12 and 13 (b8b8ff4), 4.32 after: typed option errors, initialConsent kept for tests, the host's
    // wording in the hash, the store's named effects. Issue 18 sets the next target (4 kB on arrival; with no
    // import(), this whole download is what arrives: missed by 0.77 kB). 4.69 kB after issues
    // 17 and 21: the detected language, and reading the stored formats of every earlier build (about 0.35 kB).
    // 4.59 kB once both stored formats decode through one path and the dialog opens and closes in one case.
    // 4.78 kB with issue 18's first paint: the server's reading (`serverConsent`) and the first commit's (issue 18
    // sets 4 kB on arrival: missed, not yet trimmed).
    limit: '4.8 kB',
  },
  {
    name: 'charte/core',
    path: 'dist/production/core.js',
    import: '*',
    // Issue 18 targets 3.6 kB on arrival (no import(): this figure), missed by 0.95 kB. Issue 6 targeted 2.5 kB; see the headless path (3.80 kB at b8b8ff4, 4.02 after issues 12, 13 and 19,
    // 4.37 once it reads every earlier stored format, issue 21; 4.26 with one decoding path for both formats;
    // 4.54 with issue 18's readRequestConsent and the client snapshot that reads storage on the first commit).
    limit: '4.55 kB',
  },
  {
    name: "full UI with the host's i18next (JS + CSS)",
    path: ['dist/production/index.js', 'dist/styles.css'],
    // size-limit drops files not named in `import`: the stylesheet is named so that it is counted.
    import: { 'dist/production/index.js': everything, 'dist/styles.css': '*' },
    ignore: [...peers, 'i18next'],
    // Issue 6 targets 17 kB: missed by about 7.1 kB, 12.7 kB of which are Radix's dialog. The whole download, in one
    // file: the dialog and Radix load only on opening, so a code-split app loads about 11.3 kB on arrival (BENCHMARKS.md).
    // 24.19 kB at b8b8ff4, 25.31 after issues 12 to 20: the kit's wording of required and exempt categories, the
    // record id in the dialog, scoped parts and openers' ARIA. 26.86 after issues 14, 16, 17 and 21: the providers
    // list, the announcer, focus after a decision, detection of the page's language, earlier stored formats.
    // 27.02 with issue 18's first paint: the server's reading and the first commit's; 27.11 with the banner's form
    // actions (a click before hydration is replayed); 27.15 with the embed's lang and dir, the revision message's
    // lang and durations in a language's own words; 27.21 once the banner waits for its language in a browser app,
    // 27.25 once a control focused before it appears is scrolled clear of it.
    limit: '27.3 kB',
    modifyEsbuildConfig: withoutLanguages,
  },
  {
    name: 'charte/gtag (Google Consent Mode v2)',
    path: 'dist/production/gtag.js',
    import: '{ connectConsentMode }',
    limit: '0.5 kB',
  },
  {
    name: 'charte/scripts (gated <script> tags)',
    path: 'dist/production/scripts.js',
    import: '{ activateScripts }',
    limit: '0.5 kB',
  },
  {
    name: 'charte/beacon (posts consent records)',
    path: 'dist/production/beacon.js',
    import: '{ createBeacon }',
    limit: '0.5 kB',
  },
  {
    name: 'styles.css',
    path: 'dist/styles.css',
    limit: '2.5 kB',
  },
  {
    name: 'full UI with Radix and i18next bundled (JS + CSS)',
    path: ['dist/production/index.js', 'dist/styles.css'],
    // size-limit drops files not named in `import`: the stylesheet is named so that it is counted.
    import: { 'dist/production/index.js': everything, 'dist/styles.css': '*' },
    ignore: peers,
    // Issue 6 targets 31 kB: missed, Radix's dialog (12.7 kB) and i18next (14.6 kB) alone make 27 kB; a code-split
    // app loads about 25.5 kB of it on arrival, the dialog's 12.8 kB on opening (BENCHMARKS.md).
    // 38.39 kB at b8b8ff4, 39.55 after issues 12 to 20, 41.05 after 14, 16, 17 and 21 (see the host-i18next path);
    // 41.42 once the banner waits for its language in a browser app.
    limit: '41.45 kB',
    modifyEsbuildConfig: (config) => withoutLanguages(withI18next(config)),
  },
  {
    name: `the largest language chunk (${largestLocale.slice(locales.length + 1, -3)}), loaded with import()`,
    path: largestLocale,
    limit: '1.5 kB',
  },
];
