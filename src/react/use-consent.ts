import { useMemo, useSyncExternalStore } from 'react';
import type {
  AnyCatalogue,
  ChoicesInput,
  ConsentEvent,
  ConsentState,
  ConsentStore,
  ConsentTarget,
  RegisteredCatalogue,
  TargetInput,
} from '../core';
import { useConsentContext } from './context';

type Catalogue = RegisteredCatalogue;

/** The consent state and the actions that change it. */
export interface ConsentApi extends ConsentState<Catalogue> {
  readonly catalogue: Catalogue;
  /** Grants every category and service ("Tout accepter"). */
  acceptAll(): void;
  /** Refuses every consent purpose ("Tout refuser"). */
  rejectAll(): void;
  /** Refuses every consent purpose, recorded as "Continuer sans accepter". */
  continueWithoutAccepting(): void;
  /** Records the dialog's switches, with `choices` applied over them. */
  save(choices?: ChoicesInput<Catalogue>): void;
  /** Flips (or sets) one switch in the dialog's unsaved draft: `toggle('statistics')` or `toggle({ service })`. */
  toggle(target: TargetInput<Catalogue>, value?: boolean): void;
  /** Opens the preferences dialog. */
  openPreferences(): void;
  /** Closes the dialog without saving. */
  closePreferences(): void;
  /** Forgets the choice and asks again. */
  reset(): void;
  /** Sends any event to the store. */
  send(event: ConsentEvent<Catalogue>): void;
}

/** `'statistics'` as `{ category: 'statistics' }`. */
const targetOf = <C extends AnyCatalogue>(target: TargetInput<C>): ConsentTarget<C> =>
  (typeof target === 'string' ? { category: target } : target) as ConsentTarget<C>;

/** Whether `target` may run in `state`. */
export function isGranted<C extends AnyCatalogue>(state: ConsentState<C>, target: ConsentTarget<C>): boolean {
  const { categories, services } = state.granted as {
    categories: Record<string, boolean>;
    services: Record<string, boolean>;
  };
  return target.category !== undefined
    ? categories[target.category] === true
    : services[target.service as string] === true;
}

/** The store's actions, bound once per store. */
export function actionsOf<C extends AnyCatalogue>(store: ConsentStore<C>) {
  const { send } = store;
  return {
    catalogue: store.catalogue,
    send,
    acceptAll: () => send({ type: 'ACCEPT_ALL' }),
    rejectAll: () => send({ type: 'REJECT_ALL' }),
    continueWithoutAccepting: () => send({ type: 'REJECT_ALL', method: 'continue-without-accepting' }),
    save: (choices?: ChoicesInput<C>) => send(choices ? { type: 'SAVE', choices } : { type: 'SAVE' }),
    toggle: (target: TargetInput<C>, value?: boolean) =>
      send({ type: 'TOGGLE', ...targetOf(target), ...(value === undefined ? {} : { value }) } as ConsentEvent<C>),
    openPreferences: () => send({ type: 'OPEN_PREFERENCES' }),
    closePreferences: () => send({ type: 'CLOSE_PREFERENCES' }),
    reset: () => send({ type: 'RESET' }),
  };
}

/** One value of the store's state; `caller` names the component in the error thrown outside a provider. */
export function useStoreSelector<T>(caller: string, select: (state: ConsentState<Catalogue>) => T): T {
  const store = useConsentContext(caller).scope.store as unknown as ConsentStore<Catalogue>;
  return useSyncExternalStore(
    store.subscribe,
    () => select(store.getClientSnapshot()),
    () => select(store.getServerSnapshot()),
  );
}

/**
 * One value derived from the consent state, such as `(state) => state.record?.id`; the component re-renders only
 * when it changes (`Object.is`), so return a primitive or a part of the state, not a new object.
 */
export function useConsentSelector<T>(select: (state: ConsentState<Catalogue>) => T): T {
  return useStoreSelector('useConsentSelector', select);
}

/** Whether a category (or a service) is granted; re-renders only when that boolean changes. */
export function useConsent(target: TargetInput<Catalogue>): boolean;
/** The whole consent state and its actions. */
export function useConsent(): ConsentApi;
export function useConsent(target?: TargetInput<Catalogue>): boolean | ConsentApi {
  const store = useConsentContext('useConsent').scope.store as unknown as ConsentStore<Catalogue>;
  const normalised = target === undefined ? undefined : targetOf(target);
  const selected = useStoreSelector('useConsent', (state) => (normalised ? isGranted(state, normalised) : state));
  const actions = useMemo(() => actionsOf(store), [store]);
  return useMemo(() => (typeof selected === 'boolean' ? selected : { ...selected, ...actions }), [selected, actions]);
}
