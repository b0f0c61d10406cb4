import type { i18n as I18n } from 'i18next';
import { createContext, useContext } from 'react';
import type { AnyCatalogue, ConsentStore } from '../core';
import type { KitTranslations } from '../i18n';

/** Made once per provider: its store, the host's wording of the kit, and the id of its preferences dialog. */
export interface ConsentScope {
  // Inside the kit, ids are plain strings whatever catalogue the app registered.
  readonly store: ConsentStore<AnyCatalogue>;
  readonly translations: KitTranslations | undefined;
  /** The dialog content's id, made with `useId`, so server and client agree on the openers' `aria-controls`. */
  readonly dialogId: string;
  /**
   * The visible components say, after each commit, which language they show: the records' `lng` when neither `lng`
   * nor `i18n` says (the headless store cannot detect it).
   */
  readonly showLanguage: (lng: string) => void;
}

/** What the provider shares with the kit's components. */
export interface ConsentContextValue {
  readonly scope: ConsentScope;
  /** Language asked for by the host; without it the kit follows the host's i18next, or French. */
  readonly lng: string | undefined;
  /** The host's i18next instance, if it passed one. */
  readonly i18n: I18n | undefined;
  /** `'navigator'`: without `lng` nor `i18n` nor `<html lang>`, the visitor's browser languages are tried. */
  readonly detectLanguage: 'navigator' | undefined;
}

export const ConsentContext = createContext<ConsentContextValue | null>(null);

/** The provider's value; `caller` names the component in the error thrown outside a provider. */
export function useConsentContext(caller: string): ConsentContextValue {
  const context = useContext(ConsentContext);
  if (context === null) throw new Error(`\`${caller}\` must be used within \`ConsentProvider\``);
  return context;
}
