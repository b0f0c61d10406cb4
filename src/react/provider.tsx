import type { i18n as I18n } from 'i18next';
import { type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  type AnyCatalogue,
  type ConsentChange,
  type ConsentRecord,
  type ConsentStore,
  type ConsentStoreOptions,
  createConsentStore,
} from '../core';
import { warnUndeclaredCookies } from '../core/undeclared';
import type { KitTranslations } from '../i18n';
import { ConsentContext, type ConsentScope } from './context';

type StoreSource<C extends AnyCatalogue> =
  | ({
      /** The host's cookie catalogue, from `defineCatalogue`. */
      catalogue: C;
      store?: never;
      /** Called when what may run changes: granted and revoked ids. */
      onChange?: (change: ConsentChange<C>) => void;
      /** Called once per decision with its record, to keep proof server-side (rule 10). */
      onConsentRecorded?: (record: ConsentRecord<C>) => void;
    } & Omit<ConsentStoreOptions<C>, 'catalogue' | 'onChange' | 'onConsentRecorded' | 'lng' | 'texts'>)
  | {
      /** A store made outside React with `createConsentStore`, shared with non-React code. */
      store: ConsentStore<C>;
      catalogue?: never;
      /** Give `onChange` to `createConsentStore` instead. */
      onChange?: never;
      /** Give `onConsentRecorded` to `createConsentStore` instead. */
      onConsentRecorded?: never;
    };

/** Props of `ConsentProvider`. Store options are read once, on the first render. */
export type ConsentProviderProps<C extends AnyCatalogue = AnyCatalogue> = StoreSource<C> & {
  /** Language of the visible components: French by default, or the language of `i18n` when given. */
  lng?: string;
  /** The app's own i18next instance, initialised: the kit adds its namespaces to it and follows its language. */
  i18n?: I18n;
  /**
   * Without `lng` nor `i18n`, the kit reads `<html lang>`; `'navigator'` then tries the browser's languages
   * (`navigator.languages`) before French.
   */
  detectLanguage?: 'navigator';
  /** Overrides of the kit's strings, per language; they win over the built-in ones. Read once. */
  translations?: KitTranslations;
  children?: ReactNode;
};

/**
 * The host's own wording of the kit in `lng` and in French, hashed into each record (rule 10). The kit's built-in
 * strings are named by the record's `version` and `lng`, so the hash never depends on which component loaded them.
 */
const hostWording = (translations: KitTranslations | undefined, lng: string) =>
  translations ? JSON.stringify([translations[lng] ?? null, translations.fr ?? null]) : '';

/** Holds the consent store for the tree below; the first client render reads storage, hydration renders as the server did. */
export function ConsentProvider<C extends AnyCatalogue>(props: ConsentProviderProps<C>) {
  // The store's callbacks read the latest props through a ref, only when a decision happens, never during render.
  'use no memo';
  const { lng, i18n, detectLanguage, children } = props;
  // Callbacks and the language are read when a decision happens, so they may change between renders.
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  const dialogId = useId();
  // Built once: later changes to the other props are ignored, as documented.
  const [scope] = useState((): ConsentScope => {
    const { lng: _l, i18n: _i, translations, children: _c, store, ...options } = props;
    let shown: string | undefined;
    const language = () => latest.current.lng ?? latest.current.i18n?.language ?? shown ?? 'fr';
    const created =
      store ??
      createConsentStore({
        ...(options as ConsentStoreOptions<C>),
        onChange: (change) => latest.current.onChange?.(change),
        onConsentRecorded: (record) => latest.current.onConsentRecorded?.(record),
        lng: language,
        texts: () => hostWording(translations, language()),
      });
    return {
      store: created as unknown as ConsentStore<AnyCatalogue>,
      translations,
      dialogId: `charte-preferences${dialogId}`,
      showLanguage: (lng) => {
        shown = lng;
      },
    };
  });
  const { store } = scope;
  useEffect(() => {
    // In development, each cookie of the page that the catalogue does not declare is named once in the console.
    if (__DEV__) warnUndeclaredCookies(store);
    return store.hydrate();
  }, [store]);
  const value = useMemo(() => ({ scope, lng, i18n, detectLanguage }), [scope, lng, i18n, detectLanguage]);
  return <ConsentContext.Provider value={value}>{children}</ConsentContext.Provider>;
}
