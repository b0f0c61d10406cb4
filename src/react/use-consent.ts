import { useMemo, useSyncExternalStore } from 'react';
import type { ChoicesInput, ConsentEvent, ConsentState, ConsentStore, ConsentTarget } from '../core';
import { useConsentContext } from './context';
import type { CategoryId, RegisteredCatalogue } from './register';

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
  /** Flips (or sets) one switch in the dialog's unsaved draft. */
  toggle(target: ConsentTarget<Catalogue>, value?: boolean): void;
  /** Opens the preferences dialog. */
  openPreferences(): void;
  /** Closes the dialog without saving. */
  closePreferences(): void;
  /** Forgets the choice and asks again. */
  reset(): void;
  /** Sends any event to the store. */
  send(event: ConsentEvent<Catalogue>): void;
}

/** Whether `target` may run in `state`. */
export function isGranted(state: ConsentState<Catalogue>, target: ConsentTarget<Catalogue>): boolean {
  const { categories, services } = state.granted as {
    categories: Record<string, boolean>;
    services: Record<string, boolean>;
  };
  return target.category !== undefined ? categories[target.category] === true : services[target.service] === true;
}

/** The store's actions, bound once per store. */
export function actionsOf(store: ConsentStore<Catalogue>) {
  const { send } = store;
  return {
    catalogue: store.catalogue,
    send,
    acceptAll: () => send({ type: 'ACCEPT_ALL' }),
    rejectAll: () => send({ type: 'REJECT_ALL' }),
    continueWithoutAccepting: () => send({ type: 'REJECT_ALL', method: 'continue-without-accepting' }),
    save: (choices?: ChoicesInput<Catalogue>) => send(choices ? { type: 'SAVE', choices } : { type: 'SAVE' }),
    toggle: (target: ConsentTarget<Catalogue>, value?: boolean) =>
      send({ type: 'TOGGLE', ...target, ...(value === undefined ? {} : { value }) } as ConsentEvent<Catalogue>),
    openPreferences: () => send({ type: 'OPEN_PREFERENCES' }),
    closePreferences: () => send({ type: 'CLOSE_PREFERENCES' }),
    reset: () => send({ type: 'RESET' }),
  };
}

/** Whether a category (or a service) is granted; re-renders only when that boolean changes. */
export function useConsent(target: CategoryId | ConsentTarget<Catalogue>): boolean;
/** The whole consent state and its actions. */
export function useConsent(): ConsentApi;
export function useConsent(target?: CategoryId | ConsentTarget<Catalogue>): boolean | ConsentApi {
  const { store } = useConsentContext('useConsent');
  const normalised = typeof target === 'string' ? { category: target } : target;
  const selected = useConsentSelector('useConsent', (state) => (normalised ? isGranted(state, normalised) : state));
  const actions = useMemo(() => actionsOf(store), [store]);
  return useMemo(() => (typeof selected === 'boolean' ? selected : { ...selected, ...actions }), [selected, actions]);
}

/** One value derived from the consent state; the caller re-renders only when it changes (`Object.is`). */
export function useConsentSelector<T>(caller: string, select: (state: ConsentState<Catalogue>) => T): T {
  const { store } = useConsentContext(caller);
  return useSyncExternalStore(
    store.subscribe,
    () => select(store.getSnapshot()),
    () => select(store.getServerSnapshot()),
  );
}
