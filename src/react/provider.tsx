import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import {
  type AnyCatalogue,
  type ConsentChange,
  type ConsentStore,
  type ConsentStoreOptions,
  createConsentStore,
} from '../core';
import { ConsentContext, type ConsentContextValue } from './context';

type StoreSource<C extends AnyCatalogue> =
  | ({
      /** The host's cookie catalogue, from `defineCatalogue`. */
      catalogue: C;
      store?: never;
    } & Omit<ConsentStoreOptions<C>, 'catalogue' | 'onChange'>)
  | {
      /** A store made outside React with `createConsentStore`, shared with non-React code. */
      store: ConsentStore<C>;
      catalogue?: never;
    };

/** Props of `ConsentProvider`. Store options are read once, on the first render. */
export type ConsentProviderProps<C extends AnyCatalogue = AnyCatalogue> = StoreSource<C> & {
  /** Language of the visible components; `fr` by default. */
  lng?: string;
  /** Called when what may run changes: granted and revoked ids. */
  onChange?: (change: ConsentChange<C>) => void;
  children?: ReactNode;
};

/** Holds the consent store for the tree below; reads storage after hydration, never while rendering. */
export function ConsentProvider<C extends AnyCatalogue>(props: ConsentProviderProps<C>) {
  const { lng, onChange, children } = props;
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });
  const [store] = useState<ConsentStore<C>>(() => {
    if (props.store) return props.store;
    const { lng: _lng, onChange: _onChange, children: _children, ...options } = props;
    return createConsentStore({ ...options, onChange: (change) => onChangeRef.current?.(change) });
  });
  useEffect(() => {
    store.hydrate();
  }, [store]);
  const value = useMemo(() => ({ store, lng }) as ConsentContextValue, [store, lng]);
  return <ConsentContext.Provider value={value}>{children}</ConsentContext.Provider>;
}
