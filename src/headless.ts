// `charte/headless`: the provider, the hook and the gate, with no visible component. Nothing here reaches Radix,
// i18next or the dialog's import(), which esbuild's code splitting loads through an index even when unused
// (evanw/esbuild#3704). Its types and its CommonJS file re-export the index's (`writeHeadlessFacades` in
// tsup.config.ts), so `Register` is declared once.
export * from './core';
export { ConsentGate } from './react/gate';
export { ConsentProvider } from './react/provider';
export { useConsent } from './react/use-consent';
