import type { AnyCatalogue, ConsentStore } from '../core';
import { CONSENT_MODE_TYPES, type ConsentModeType } from '../core/catalogue';

/** `granted` or `denied` for each Consent Mode type. */
export type ConsentModeState = Record<ConsentModeType, 'granted' | 'denied'>;

/** Options of `connectConsentMode` and `consentModeSnippet`. */
export interface ConsentModeOptions {
  /** How long Google tags wait for the first update, in ms; 500 by default. */
  readonly waitForUpdate?: number;
  /** The array Google tags read; `window.dataLayer` by default. */
  readonly dataLayer?: unknown[];
}

/** Every type denied but `security_storage` (needed for the site to work): what tags may do before any choice. */
export const consentModeDefault = (): ConsentModeState =>
  Object.fromEntries(
    CONSENT_MODE_TYPES.map((type) => [type, type === 'security_storage' ? 'granted' : 'denied']),
  ) as ConsentModeState;

/**
 * The state a choice grants: a type is granted when a granted category declares it in `consentMode`
 * (required categories always are). Before a choice, or after a reset, everything but security is denied.
 */
export function consentModeState<C extends AnyCatalogue>(store: ConsentStore<C>): ConsentModeState {
  const state = consentModeDefault();
  const { record, granted } = store.getSnapshot();
  if (record === null) return state;
  const categories = granted.categories as Record<string, boolean>;
  for (const id of store.catalogue.categoryIds) {
    for (const type of store.catalogue.categories[id]?.consentMode ?? []) {
      if (categories[id]) state[type] = 'granted';
    }
  }
  return state;
}

/**
 * An inline `<script>` body for static pages, to put before any Google tag: it declares `gtag` and pushes
 * `consent default` with every type denied but security, and `wait_for_update` (rule 15).
 */
export function consentModeSnippet({ waitForUpdate = 500 }: Pick<ConsentModeOptions, 'waitForUpdate'> = {}) {
  const defaults = JSON.stringify({ ...consentModeDefault(), wait_for_update: waitForUpdate });
  return `window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('consent','default',${defaults});`;
}

/**
 * Keeps Google Consent Mode v2 in step with the store: pushes `consent default` first (unless the page's
 * inline snippet already did), one `consent update` on a load with a stored choice, and one per decision
 * or reset. Returns a function that stops listening.
 */
export function connectConsentMode<C extends AnyCatalogue>(
  store: ConsentStore<C>,
  { waitForUpdate = 500, dataLayer }: ConsentModeOptions = {},
): () => void {
  const page = globalThis as { dataLayer?: unknown[] };
  if (!dataLayer) page.dataLayer ??= [];
  const layer = dataLayer ?? (page.dataLayer as unknown[]);
  // Google tags read Arguments objects from the dataLayer, not arrays.
  function gtag(..._command: unknown[]) {
    // biome-ignore lint/complexity/noArguments: gtag.js expects the Arguments object itself.
    layer.push(arguments);
  }
  // Only a page-wide default pushed through gtag() counts: a regional one leaves French visitors without any.
  const isDefault = (entry: unknown) => {
    if (Object.prototype.toString.call(entry) !== '[object Arguments]') return false;
    const [command, kind, settings] = Array.from(entry as ArrayLike<unknown>);
    return command === 'consent' && kind === 'default' && !(settings as { region?: unknown } | undefined)?.region;
  };
  if (!layer.some(isDefault)) gtag('consent', 'default', { ...consentModeDefault(), wait_for_update: waitForUpdate });
  // A decision is its record's id: reading the same stored choice again (hydration, StrictMode) is no new decision.
  let decision = store.getSnapshot().record?.id;
  if (decision !== undefined) gtag('consent', 'update', consentModeState(store));
  return store.subscribe(() => {
    const next = store.getSnapshot().record?.id;
    if (next === decision) return;
    decision = next;
    gtag('consent', 'update', consentModeState(store));
  });
}
