import type { i18n as I18n } from 'i18next';
import { createContext, useContext } from 'react';
import type { ConsentStore } from '../core';
import type { KitTranslations } from '../i18n';
import type { RegisteredCatalogue } from './register';

/** What the provider shares with the kit's components. */
export interface ConsentContextValue {
  readonly store: ConsentStore<RegisteredCatalogue>;
  /** Language asked for by the host; without it the kit follows the host's i18next, or French. */
  readonly lng: string | undefined;
  /** The host's i18next instance, if it passed one. */
  readonly i18n: I18n | undefined;
  readonly translations: KitTranslations | undefined;
  /**
   * Filled on first use by the visible components, so the headless path never loads i18next; while a
   * `PreferencesDialog` is mounted (`dialogs` counts them), `preloadPreferences` loads its body, for openers to call.
   */
  readonly kit: { i18n?: I18n; host?: I18n | undefined; preloadPreferences?: () => void; dialogs?: number };
}

export const ConsentContext = createContext<ConsentContextValue | null>(null);

/** The provider's value; `caller` names the component in the error thrown outside a provider. */
export function useConsentContext(caller: string): ConsentContextValue {
  const context = useContext(ConsentContext);
  if (context === null) throw new Error(`\`${caller}\` must be used within \`ConsentProvider\``);
  return context;
}
