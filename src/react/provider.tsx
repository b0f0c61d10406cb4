import type { i18n as I18n } from 'i18next';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import {
  type AnyCatalogue,
  type ConsentChange,
  type ConsentRecord,
  type ConsentStore,
  type ConsentStoreOptions,
  createConsentStore,
  warnUndeclaredCookies,
} from '../core';
import type { KitTranslations } from '../i18n';
import { ConsentContext, type ConsentContextValue } from './context';

type StoreSource<C extends AnyCatalogue> =
  | ({
      /** The host's cookie catalogue, from `defineCatalogue`. */
      catalogue: C;
      store?: never;
      /** Called when what may run changes: granted and revoked ids. */
      onChange?: (change: ConsentChange<C>) => void;
      /** Called once per decision with its record, to keep proof server-side (rule 10). */
      onConsentRecorded?: (record: ConsentRecord<C>) => void;
    } & Omit<ConsentStoreOptions<C>, 'catalogue' | 'onChange' | 'onConsentRecorded' | 'lng'>)
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
  /** The app's own i18next instance: the kit adds its namespaces to it and follows its language. */
  i18n?: I18n;
  /** Overrides of the kit's strings, per language. Read once. */
  translations?: KitTranslations;
  children?: ReactNode;
};

/** Holds the consent store for the tree below; reads storage after hydration, never while rendering. */
export function ConsentProvider<C extends AnyCatalogue>(props: ConsentProviderProps<C>) {
  const { lng, i18n, children } = props;
  // Callbacks and the language are read when a decision happens, so they may change between renders.
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  // Built once: later changes to the other props are ignored, as documented.
  const [once] = useState(() => {
    const { lng: _l, i18n: _i, translations, children: _c, store, ...options } = props;
    const kit: ConsentContextValue['kit'] = {};
    const language = () => latest.current.lng ?? latest.current.i18n?.language ?? 'fr';
    return {
      store:
        store ??
        createConsentStore({
          ...(options as ConsentStoreOptions<C>),
          onChange: (change) => latest.current.onChange?.(change),
          onConsentRecorded: (record) => latest.current.onConsentRecorded?.(record),
          lng: language,
          // The kit's strings as shown, once a visible component has loaded them (rule 10). The namespace is
          // written out: importing it from the i18n module would load i18next on the headless path.
          texts: () => JSON.stringify([language(), 'fr'].map((lng) => kit.i18n?.getResourceBundle(lng, 'charte'))),
        }),
      translations,
      kit,
    };
  });
  const { store } = once;
  useEffect(() => {
    // Development only, as `defineCatalogue`'s checks: production builds drop the call.
    if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') warnUndeclaredCookies(store);
    return store.hydrate();
  }, [store]);
  const value = useMemo(() => ({ ...once, lng, i18n }) as ConsentContextValue, [once, lng, i18n]);
  return <ConsentContext.Provider value={value}>{children}</ConsentContext.Provider>;
}
