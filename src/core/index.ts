export {
  type AnyCatalogue,
  type Catalogue,
  type CatalogueDefinition,
  CatalogueError,
  type CategoryDefinition,
  type CategoryIdOf,
  type ConsentModeType,
  type CookieDefinition,
  defineCatalogue,
  type ServiceDefinition,
  type ServiceIdOf,
  servicesOf,
  type Text,
} from './catalogue';
export { decodeRecord, encodeRecord } from './codec';
export { eraseCookies } from './erase';
export { catalogueHash, fingerprintsOf } from './hash';
export {
  type Choices,
  type ChoicesInput,
  type ConsentEvent,
  type ConsentMethod,
  type ConsentRecord,
  type ConsentState,
  type ConsentStatus,
  type ConsentTarget,
  type ConsentView,
  initialState,
  type TransitionContext,
  transition,
} from './machine';
export {
  type CookieOptions,
  cookieAdapter,
  localStorageAdapter,
  memoryAdapter,
  type ReadConsentOptions,
  readConsent,
  type StorageAdapter,
} from './storage';
export {
  type ConsentChange,
  type ConsentStore,
  type ConsentStoreOptions,
  createConsentStore,
} from './store';
export { matchesDeclaredName, undeclaredCookies, warnUndeclaredCookies } from './undeclared';
export { VERSION } from './version';
