import { hydrateRoot } from 'react-dom/client';
import { createBeacon } from '../../dist/beacon.js';
import { readConsent } from '../../dist/core.js';
import { COOKIE, catalogue } from '../portal-catalogue';
import { App } from './app';

// The browser sends the same cookie to the server, so both render the same choice: no mismatch.
// Each decision's record goes to the server's proof log, which re-sets the cookie (Safari keeps that one 6 months).
const sendRecord = createBeacon('/api/consent');

hydrateRoot(
  document,
  <App initialConsent={readConsent(document.cookie, catalogue, { name: COOKIE })} onConsentRecorded={sendRecord} />,
);
