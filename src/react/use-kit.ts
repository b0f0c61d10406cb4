import type { i18n as I18n } from 'i18next';
import { useMemo, useSyncExternalStore } from 'react';
import { createTranslator } from '../i18n';
import { useConsentContext } from './context';
import { dialogOf } from './dialog-registry';
import { kitI18nOf } from './kit-i18n';
import { actionsOf } from './use-consent';

const subscribeToLanguage = (instance: I18n) => (onChange: () => void) => {
  instance.on('languageChanged', onChange);
  return () => instance.off('languageChanged', onChange);
};

/**
 * What every visible component needs: the provider's scope, the store's actions and a translator in the current
 * language. It does not subscribe to the consent state; components that render it select what they need.
 */
export function useKit(caller: string) {
  const { scope, i18n: host, lng } = useConsentContext(caller);
  const instance = kitI18nOf(scope, host);
  const subscribe = useMemo(() => subscribeToLanguage(instance), [instance]);
  const language = () => lng ?? host?.language ?? 'fr';
  const current = useSyncExternalStore(subscribe, language, language);
  const translator = useMemo(() => createTranslator(instance, current), [instance, current]);
  const consent = useMemo(() => actionsOf(scope.store), [scope.store]);
  return { store: scope.store, dialog: dialogOf(scope), consent, ...translator };
}

export type Kit = ReturnType<typeof useKit>;
