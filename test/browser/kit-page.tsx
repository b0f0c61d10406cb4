import {
  Banner,
  type BannerPosition,
  ConsentProvider,
  CookieTable,
  memoryAdapter,
  PreferencesDialog,
  PreferencesTrigger,
} from '../../src';
import { montreuilDemo } from '../fixtures/montreuil';

/** The page's own controls are 24 px targets too (WCAG 2.5.8). */
const target = { minBlockSize: 24 };

/** The quick start's page: the banner first in the body, then the page with two buttons of its own, then the dialog. */
export function KitPage({ position, trigger = true }: { position?: BannerPosition; trigger?: boolean }) {
  return (
    <ConsentProvider catalogue={montreuilDemo} storage={{ ...memoryAdapter(), name: 'charte' }}>
      <Banner {...(position ? { position } : {})} />
      <main>
        <h1>Portail open data</h1>
        <button type="button" style={target}>
          Action de la page
        </button>
        <p>Contenu de la page.</p>
        {trigger && <PreferencesTrigger />}
        <CookieTable />
        <button type="button" style={target}>
          Fin de page
        </button>
      </main>
      <PreferencesDialog />
    </ConsentProvider>
  );
}
