import { Banner, ConsentProvider, PreferencesDialog } from '../../dist/production/index.js';
import '../../dist/styles.css';
import { catalogue } from './charte-catalogue.js';

/** `serverConsent`: what the server read from the request's cookie (the server-rendered page); none in an SPA. */
export default function Consent({ children, serverConsent }) {
  return (
    <ConsentProvider catalogue={catalogue} serverConsent={serverConsent}>
      {children}
      <Banner />
      <PreferencesDialog />
    </ConsentProvider>
  );
}
