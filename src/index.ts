export * from './core';
export type { KitResource, KitTranslations } from './i18n';
export { anatomy, type Part } from './react/anatomy';
export {
  Banner,
  BannerAcceptButton,
  BannerActions,
  BannerContinueWithoutAcceptingButton,
  BannerCustomiseButton,
  BannerDescription,
  type BannerPosition,
  type BannerProps,
  BannerProvidersLink,
  BannerRejectButton,
  BannerRevisionMessage,
  BannerRoot,
  type BannerRootProps,
  BannerTitle,
  type BannerTitleProps,
} from './react/banner';
export { ConsentEmbed, type ConsentEmbedProps } from './react/consent-embed';
export { ConsentScript, type ConsentScriptProps } from './react/consent-script';
export { CookieTable, type CookieTableProps } from './react/cookie-table';
export { ConsentGate, type ConsentGateProps } from './react/gate';
export { PreferencesDialog, type PreferencesDialogProps } from './react/preferences-dialog';
export { PreferencesTrigger } from './react/preferences-trigger';
export type { ButtonPartProps } from './react/primitives';
export { ConsentProvider, type ConsentProviderProps } from './react/provider';
export type { CategoryId, Register, RegisteredCatalogue, ServiceId } from './react/register';
export { type ConsentApi, useConsent } from './react/use-consent';
