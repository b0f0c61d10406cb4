// The server-rendered charte page's client: hydrates the server's HTML with the choice the browser's cookie holds,
// the one the server read (null on a first visit: the banner is already in the HTML).
import { hydrateRoot } from 'react-dom/client';
import { readConsent } from '../../dist/production/index.js';
import Consent from './charte.jsx';
import { catalogue } from './charte-catalogue.js';
import { Page } from './host.jsx';

hydrateRoot(
  document.getElementById('root'),
  <Consent serverConsent={readConsent(document.cookie, catalogue)}>
    <Page />
  </Consent>,
);
