import { createContext, useContext } from 'react';
import type { ConsentStore } from '../core';
import type { RegisteredCatalogue } from './register';

/** What the provider shares with the kit's components. */
export interface ConsentContextValue {
  readonly store: ConsentStore<RegisteredCatalogue>;
  /** Language asked for by the host; the visible components follow it. */
  readonly lng: string | undefined;
}

export const ConsentContext = createContext<ConsentContextValue | null>(null);

/** The provider's value; `caller` names the component in the error thrown outside a provider. */
export function useConsentContext(caller: string): ConsentContextValue {
  const context = useContext(ConsentContext);
  if (context === null) throw new Error(`\`${caller}\` must be used within \`ConsentProvider\``);
  return context;
}
