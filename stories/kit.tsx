import type { Decorator } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import {
  type AnyCatalogue,
  ConsentProvider,
  createConsentStore,
  encodeRecord,
  type KitTranslations,
  memoryAdapter,
} from '../src';
import { en } from '../src/locales/en';
import { montreuilDemo } from '../test/fixtures/montreuil';

/**
 * Where a story starts: a first visit, a visitor who already refused, the preferences open, a visitor who
 * accepted the demo's revision 1 and is back under the story's catalogue, or a refusal recorded from GPC
 * with the preferences open.
 */
export type KitState = 'first-visit' | 'decided' | 'preferences' | 'revised' | 'gpc';

/** `parameters.charte` of a story. */
export interface KitParameters {
  state?: KitState;
  catalogue?: AnyCatalogue;
  translations?: KitTranslations;
  /** The storage cookie's name, listed by the cookie table; `charte` by default. */
  cookieName?: string;
}

/** A store in the given state, kept in memory so stories never touch the real cookie jar. */
export function storeIn(state: KitState, catalogue: AnyCatalogue = montreuilDemo, cookieName = 'charte') {
  let stored: string | null = null;
  if (state === 'decided' || state === 'revised' || state === 'gpc') {
    const before = state === 'revised' ? montreuilDemo : catalogue;
    const earlier = createConsentStore({ catalogue: before, storage: memoryAdapter() });
    earlier.send(
      state === 'revised' ? { type: 'ACCEPT_ALL' } : { type: 'REJECT_ALL', ...(state === 'gpc' && { method: 'gpc' }) },
    );
    const record = earlier.getSnapshot().record;
    stored = record && encodeRecord(record, before);
  }
  const store = createConsentStore({ catalogue, storage: { ...memoryAdapter(stored), name: cookieName } });
  if (state === 'preferences' || state === 'gpc') store.send({ type: 'OPEN_PREFERENCES' });
  return store;
}

/** Wraps every story in a provider, in the toolbar's language and colour scheme. */
export const withKit: Decorator = (Story, context) => {
  const {
    state = 'first-visit',
    catalogue,
    translations,
    cookieName,
  } = (context.parameters.charte ?? {}) as KitParameters;
  const lng = (context.globals.locale as string | undefined) ?? 'fr';
  const scheme = (context.globals.scheme as string | undefined) ?? 'auto';
  const [store] = useState(() => storeIn(state, catalogue, cookieName));
  useEffect(() => {
    const root = document.documentElement;
    root.lang = lng;
    if (scheme === 'auto') delete root.dataset.charteScheme;
    else root.dataset.charteScheme = scheme;
  }, [lng, scheme]);
  return (
    <ConsentProvider store={store} lng={lng} translations={{ en, ...translations }}>
      <Story />
    </ConsentProvider>
  );
};
