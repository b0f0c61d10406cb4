import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { vi } from 'vitest';
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

/** Hydrates `element` over `container`'s server HTML; returns what React reported: console errors, recoverable errors. */
export async function hydrateReports(container: Element, element: ReactNode): Promise<unknown[]> {
  const errors = vi.spyOn(console, 'error');
  const recoverable: unknown[] = [];
  try {
    await act(async () => {
      hydrateRoot(container, element, { onRecoverableError: (error) => recoverable.push(error) });
    });
    // React warns when a component's useLayoutEffect runs in renderToString; Radix picks it because jsdom defines
    // `document` (a real server does not, and the SSR example's journey shows no warning there).
    const jsdomOnly = (call: unknown[]) => /useLayoutEffect does nothing on the server/.test(String(call[0]));
    return [...errors.mock.calls.filter((call) => !jsdomOnly(call)), ...recoverable];
  } finally {
    errors.mockRestore();
  }
}
