// Named re-exports only: webpack refuses `export *` in a "use client" module (Next.js: "It's currently unsupported to
// use "export *" in a client boundary"). test/build.test.ts keeps this list equal to charte/core's.
export {
  type AnyCatalogue,
  type Catalogue,
  type CatalogueDefinition,
  CatalogueError,
  type CategoryDefinition,
  type CategoryId,
  type CategoryIdOf,
  type Choices,
  type ChoicesInput,
  type ConsentCategory,
  type ConsentChange,
  type ConsentEvent,
  type ConsentMethod,
  type ConsentModeType,
  ConsentOptionError,
  type ConsentRecord,
  type ConsentState,
  type ConsentStatus,
  type ConsentStore,
  type ConsentStoreOptions,
  type ConsentTarget,
  type ConsentView,
  type CookieDefinition,
  type CookieOptions,
  catalogueHash,
  checkMaxAgeDays,
  cookieAdapter,
  createConsentStore,
  DEFAULT_COOKIE_NAME,
  DEFAULT_MAX_AGE_DAYS,
  decodeRecord,
  defineCatalogue,
  type ExemptCategory,
  encodeRecord,
  eraseCookies,
  fingerprintsOf,
  initialState,
  lifetimeMs,
  localStorageAdapter,
  MAX_AGE_LIMIT_DAYS,
  memoryAdapter,
  type ReadConsentOptions,
  type ReadRequestConsentOptions,
  type Register,
  type RegisteredCatalogue,
  type RequestHeaders,
  type RequiredCategory,
  readConsent,
  readRequestConsent,
  type ServiceDefinition,
  type ServiceId,
  type ServiceIdOf,
  type StorageAdapter,
  servicesOf,
  type TargetInput,
  type Text,
  type TransitionContext,
  transition,
  VERSION,
} from './core';
export { type KitKey, type KitResource, type KitTranslations, preloadLocale } from './i18n';
export { anatomy, type Part } from './react/anatomy';
export {
  Banner,
  BannerActions,
  BannerDescription,
  type BannerPosition,
  type BannerProps,
  BannerProvidersLink,
  BannerRevisionMessage,
  BannerRoot,
  type BannerRootProps,
  BannerTitle,
  type BannerTitleProps,
} from './react/banner';
export {
  BannerAcceptButton,
  BannerContinueWithoutAcceptingButton,
  BannerCustomiseButton,
  BannerRejectButton,
} from './react/banner-buttons';
export { ConsentEmbed, type ConsentEmbedProps } from './react/consent-embed';
export { ConsentScript, type ConsentScriptProps } from './react/consent-script';
export { CookieTable, type CookieTableProps } from './react/cookie-table';
export { ConsentGate, type ConsentGateProps } from './react/gate';
export { PreferencesDialog, type PreferencesDialogProps } from './react/preferences-dialog';
export { PreferencesTrigger } from './react/preferences-trigger';
export type { ButtonPartProps } from './react/primitives';
export { ConsentProvider, type ConsentProviderProps } from './react/provider';
export { type ConsentApi, useConsent, useConsentSelector } from './react/use-consent';
