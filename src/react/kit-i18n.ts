import type { i18n as I18n } from 'i18next';
import { createKitI18n } from '../i18n';
import type { ConsentScope } from './context';

const instances = new WeakMap<ConsentScope, { readonly host: I18n | undefined; readonly instance: I18n }>();

/**
 * The i18next instance of one provider and host instance, made when a visible component first renders: only they
 * import this module, so the headless path never loads i18next.
 */
export function kitI18nOf(scope: ConsentScope, host: I18n | undefined): I18n {
  const made = instances.get(scope);
  if (made && made.host === host) return made.instance;
  const instance = createKitI18n(scope.store.catalogue, host, scope.translations);
  instances.set(scope, { host, instance });
  return instance;
}
