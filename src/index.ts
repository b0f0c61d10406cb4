export * from './core';
export { ConsentGate, type ConsentGateProps } from './react/gate';
export { ConsentProvider, type ConsentProviderProps } from './react/provider';
export type { CategoryId, Register, RegisteredCatalogue, ServiceId } from './react/register';
export { type ConsentApi, useConsent } from './react/use-consent';
