// Every visible component, as size-limit measures "the full UI".
export {
  Banner,
  ConsentEmbed,
  ConsentGate,
  ConsentProvider,
  ConsentScript,
  CookieTable,
  defineCatalogue,
  PreferencesDialog,
  PreferencesTrigger,
  useConsent,
} from '../../dist/production/index.js';

import '../../dist/styles.css';
