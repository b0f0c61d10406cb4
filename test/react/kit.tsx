import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import {
  type AnyCatalogue,
  Banner,
  ConsentGate,
  ConsentProvider,
  type ConsentProviderProps,
  decodeRecord,
  PreferencesDialog,
  PreferencesTrigger,
} from '../../src';
import { montreuilDemo } from '../fixtures/montreuil';

type Demo = typeof montreuilDemo;

/**
 * The page most tests render: the banner first, a page that gates statistics and the YouTube service, the
 * persistent "Gérer mes cookies" trigger, and the dialog, under a provider of the demo catalogue.
 */
export function KitPage({ children, ...props }: Partial<ConsentProviderProps<Demo>> & { children?: ReactNode }) {
  return (
    <ConsentProvider catalogue={montreuilDemo} {...(props as object)}>
      <Banner />
      <main>
        <p>Portail open data</p>
        <PreferencesTrigger />
        <ConsentGate category="statistics" fallback={<p>Statistiques désactivées</p>}>
          <p>Statistiques actives</p>
        </ConsentGate>
        <ConsentGate service="youtube" fallback={<p>Vidéo bloquée</p>}>
          <p>Lecteur vidéo</p>
        </ConsentGate>
        {children}
      </main>
      <PreferencesDialog />
    </ConsentProvider>
  );
}

/** Renders `KitPage` with `props`, and returns a user-event session with the render result. */
export function renderKit(props: Parameters<typeof KitPage>[0] = {}) {
  const user = userEvent.setup();
  return { user, ...render(<KitPage {...props} />) };
}

/** The banner's region, or null when it is hidden. */
export const banner = (name = 'Vos choix en matière de cookies') => screen.queryByRole('region', { name });

/** The record the storage cookie holds, decoded for `catalogue`, or null. */
export function storedRecord<C extends AnyCatalogue = Demo>(
  catalogue: C = montreuilDemo as unknown as C,
  name = 'charte',
) {
  const value = new RegExp(`(?:^|; )${name}=([^;]*)`).exec(document.cookie)?.[1];
  return decodeRecord(value, catalogue, Date.now());
}

/** Forgets the stored choice, inside a test that renders the kit again. */
export function forgetChoice(name = 'charte') {
  // biome-ignore lint/suspicious/noDocumentCookie: resets jsdom's cookie jar.
  document.cookie = `${name}=; Max-Age=0; Path=/`;
}
