import type { i18n as I18n } from 'i18next';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { chosenLanguage, createTranslator, preloadLocale } from '../i18n';
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
 * A language other than French is shown once its strings are in; until then the kit shows the host's strings in that
 * language if it gave some, else French, marked `lang="fr"` (a server preloads with `preloadLocale`).
 */
export function useKit(caller: string) {
  const { scope, i18n: host, lng, detectLanguage } = useConsentContext(caller);
  const instance = kitI18nOf(scope, host);
  const subscribe = useMemo(() => subscribeToLanguage(instance), [instance]);
  // The server, and so hydration, reads neither `<html lang>` nor the browser's languages.
  const language = (page?: string | false) => lng ?? host?.language ?? (page || 'fr');
  const asked = useSyncExternalStore(
    subscribe,
    () => language(document.documentElement.lang || (detectLanguage === 'navigator' && navigator.languages?.join())),
    language,
  );
  // Read by React at every render, so a language loaded since the last one shows (a memoised call would not).
  const choose = () => chosenLanguage(asked);
  const chosen = useSyncExternalStore(subscribe, choose, choose);
  const [, loaded] = useState<string>();
  const current = (chosen ?? asked).split(',')[0] as string;
  // `loading` is an argument so that a compiled useKit builds the translator again once the language is in (the
  // compiler memoises on the values passed: `current` alone stays the same).
  const translator = useMemo(
    () => createTranslator(instance, current, chosen === undefined),
    [instance, current, chosen],
  );
  // Loading starts once the first component that needs it commits, before the provider's hydration shows the banner
  // (children's effects run first); a failed load leaves the French strings and is tried again on the next commit.
  useEffect(() => {
    scope.showLanguage(translator.lng);
    if (chosen === undefined) preloadLocale(asked).then(loaded, () => {});
  });
  const consent = useMemo(() => actionsOf(scope.store), [scope.store]);
  return {
    store: scope.store,
    dialog: dialogOf(scope),
    consent,
    /** French shown only because the asked language's strings are on their way. */
    waiting: chosen === undefined && translator.lng === 'fr',
    ...translator,
  };
}

export type Kit = ReturnType<typeof useKit>;
