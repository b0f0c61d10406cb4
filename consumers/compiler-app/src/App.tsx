import 'charte/styles.css';
import {
  Banner,
  ConsentGate,
  ConsentProvider,
  CookieTable,
  PreferencesDialog,
  PreferencesTrigger,
  useConsent,
} from 'charte';
import { catalogue } from './catalogue';

function AudienceBadge() {
  const measured = useConsent('statistics'); // re-renders only when this boolean changes
  return <p>{measured ? 'Mesure d’audience active' : 'Mesure d’audience désactivée'}</p>;
}

export function App() {
  return (
    <ConsentProvider catalogue={catalogue}>
      <Banner />
      <main>
        <h1>Portail open data</h1>
        <AudienceBadge />
        <ConsentGate category="statistics" fallback={<p>Statistiques désactivées.</p>}>
          <p>Le script de mesure d’audience peut se charger ici.</p>
        </ConsentGate>
        <CookieTable />
      </main>
      <footer>
        <PreferencesTrigger />
      </footer>
      <PreferencesDialog />
    </ConsentProvider>
  );
}
