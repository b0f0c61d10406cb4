// Brotli sizes of what a visitor downloads in a production build; the app brings react and react-dom.
const peers = ['react', 'react-dom', 'react/jsx-runtime'];
const production = (config) => ({ ...config, define: { 'process.env.NODE_ENV': '"production"' } });
const everything =
  '{ ConsentProvider, useConsent, ConsentGate, Banner, PreferencesDialog, PreferencesTrigger, CookieTable, defineCatalogue }';

module.exports = [
  {
    name: 'headless path: ConsentProvider, useConsent, ConsentGate',
    path: 'dist/index.js',
    import: '{ ConsentProvider, useConsent, ConsentGate }',
    ignore: peers,
    limit: '3 kB',
    modifyEsbuildConfig: production,
  },
  {
    name: 'charte/core',
    path: 'dist/core.js',
    import: '*',
    limit: '2.5 kB',
    modifyEsbuildConfig: production,
  },
  {
    name: "the kit's own JS, everything (Radix and i18next external)",
    path: 'dist/index.js',
    import: everything,
    ignore: [...peers, 'i18next', '@radix-ui/react-dialog', '@radix-ui/react-slot', '@radix-ui/react-compose-refs'],
    limit: '7 kB',
    modifyEsbuildConfig: production,
  },
  {
    name: 'charte/gtag (Google Consent Mode v2)',
    path: 'dist/gtag.js',
    import: '{ connectConsentMode }',
    limit: '0.5 kB',
    modifyEsbuildConfig: production,
  },
  {
    name: 'charte/scripts (gated <script> tags)',
    path: 'dist/scripts.js',
    import: '{ activateScripts }',
    limit: '0.5 kB',
    modifyEsbuildConfig: production,
  },
  {
    name: 'charte/beacon (posts consent records)',
    path: 'dist/beacon.js',
    import: '{ createBeacon }',
    limit: '0.5 kB',
    modifyEsbuildConfig: production,
  },
  {
    name: 'styles.css',
    path: 'dist/styles.css',
    limit: '2.5 kB',
  },
  {
    name: 'full UI with Radix and i18next bundled (target 31 kB, JS + CSS)',
    path: ['dist/index.js', 'dist/styles.css'],
    import: { 'dist/index.js': everything },
    ignore: peers,
    limit: '31 kB',
    modifyEsbuildConfig: production,
  },
];
