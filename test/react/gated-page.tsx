import { screen } from '@testing-library/react';
import { Banner, ConsentGate, ConsentProvider, type ConsentProviderProps, PreferencesDialog } from '../../src';
import { montreuilDemo } from '../fixtures/montreuil';

/** A page gating statistics, with the banner and the dialog: what a visitor sees of a fault or an attack. */
export function GatedPage(props: Partial<ConsentProviderProps<typeof montreuilDemo>>) {
  return (
    <ConsentProvider catalogue={montreuilDemo} {...(props as object)}>
      <ConsentGate category="statistics" fallback={<p>Statistiques désactivées</p>}>
        <p>Statistiques actives</p>
      </ConsentGate>
      <Banner />
      <PreferencesDialog />
    </ConsentProvider>
  );
}

/** The banner's region, or null when it is hidden. */
export const banner = () => screen.queryByRole('region', { name: 'Vos choix en matière de cookies' });

/** Forgets the stored choice between tests. */
export function forgetChoice() {
  // biome-ignore lint/suspicious/noDocumentCookie: resets jsdom's cookie jar between tests.
  document.cookie = 'charte=; Max-Age=0; Path=/';
}
