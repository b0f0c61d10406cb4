export {
  type AnyCatalogue,
  type Catalogue,
  type CatalogueDefinition,
  type CategoryDefinition,
  type CategoryIdOf,
  type ConsentCategory,
  type ConsentModeType,
  type CookieDefinition,
  type ExemptCategory,
  type RequiredCategory,
  type ServiceDefinition,
  type ServiceIdOf,
  servicesOf,
  type Text,
} from './catalogue';
export { decodeRecord, encodeRecord } from './codec';
export { defineCatalogue } from './define';
export { eraseCookies } from './erase';
export { CatalogueError, ConsentOptionError } from './errors';
export { catalogueHash, fingerprintsOf } from './hash';
export {
  type ChoicesInput,
  type ConsentEvent,
  type ConsentState,
  type ConsentStatus,
  type ConsentTarget,
  type ConsentView,
  initialState,
  type TargetInput,
  type TransitionContext,
  transition,
} from './machine';
export {
  type Choices,
  type ConsentMethod,
  type ConsentRecord,
  checkMaxAgeDays,
  DEFAULT_MAX_AGE_DAYS,
  lifetimeMs,
  MAX_AGE_LIMIT_DAYS,
} from './record';
export type { CategoryId, Register, RegisteredCatalogue, ServiceId } from './register';
export {
  type CookieOptions,
  cookieAdapter,
  DEFAULT_COOKIE_NAME,
  localStorageAdapter,
  memoryAdapter,
  type ReadConsentOptions,
  type ReadRequestConsentOptions,
  type RequestHeaders,
  readConsent,
  readRequestConsent,
  type StorageAdapter,
} from './storage';
export { type ConsentChange, type ConsentStore, type ConsentStoreOptions, createConsentStore } from './store';
export { VERSION } from './version';
