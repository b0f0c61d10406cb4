import { createBeacon } from 'charte/beacon';
import { readConsent } from 'charte/core';
import { hydrateRoot } from 'react-dom/client';
import { App } from './app';
import { COOKIE, catalogue } from './catalogue';

// The browser sends the same cookie to the server, so both render the same choice: no mismatch. With GPC the server
// saw `Sec-GPC: 1`, and the provider sees `navigator.globalPrivacyControl`: neither renders the banner.
// Each decision's record goes to the server's proof log, which re-sets the cookie (Safari keeps that one 6 months).
const sendRecord = createBeacon('/api/consent');

hydrateRoot(
  document,
  <App serverConsent={readConsent(document.cookie, catalogue, { name: COOKIE })} onConsentRecorded={sendRecord} />,
);
