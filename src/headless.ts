// `charte/headless`: the provider, the hooks and the gate, with no visible component; the catalogue and the store come
// from `charte/core`. Nothing here reaches Radix, i18next or the dialog's import(), which esbuild's code splitting loads
// through an index even when unused (evanw/esbuild#3704). Its types and its CommonJS file re-export the index's
// (`writeHeadlessFacades` in tsup.config.ts), so `Register` is augmented once, as `declare module 'charte'`.
export { ConsentGate } from './react/gate';
export { ConsentProvider } from './react/provider';
export { useConsent, useConsentSelector } from './react/use-consent';
