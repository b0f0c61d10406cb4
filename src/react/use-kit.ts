import type { i18n as I18n } from 'i18next';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { AnyCatalogue, ConsentStore } from '../core';
import { createKitI18n, createTranslator } from '../i18n';
import { useConsentContext } from './context';
import { actionsOf } from './use-consent';

const subscribeToLanguage = (instance: I18n) => (onChange: () => void) => {
  instance.on('languageChanged', onChange);
  return () => instance.off('languageChanged', onChange);
};

/**
 * What every visible component needs: the store's actions and a translator in the current language.
 * It does not subscribe to the consent state; components that render it call `useConsent()`.
 */
export function useKit(caller: string) {
  const context = useConsentContext(caller);
  const { kit, i18n: host, lng, store } = context;
  if (!kit.i18n || kit.host !== host) {
    kit.i18n = createKitI18n(store.catalogue, host, context.translations);
    kit.host = host;
  }
  const instance = kit.i18n;
  const subscribe = useMemo(() => subscribeToLanguage(instance), [instance]);
  const language = () => lng ?? host?.language ?? 'fr';
  const current = useSyncExternalStore(subscribe, language, language);
  const translator = useMemo(() => createTranslator(instance, current), [instance, current]);
  const consent = useMemo(() => actionsOf(store), [store]);
  const preloadPreferences = useCallback(() => kit.preloadPreferences?.(), [kit]);
  // Inside the kit, ids are plain strings whatever catalogue the app registered.
  return { store: store as unknown as ConsentStore<AnyCatalogue>, consent, preloadPreferences, ...translator };
}
