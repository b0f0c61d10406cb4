import type { ConsentRecord } from 'charte';
import { createBeacon } from 'charte/beacon';
import { hydrateRoot } from 'react-dom/client';
import { App } from './app';
import type { catalogue } from './catalogue';

// The server's reading of the request, from its HTML, so that hydration renders what the server did: with GPC it saw
// `Sec-GPC: 1` and left the banner out. Each decision's record goes to the server's proof log, which re-sets the
// cookie (Safari keeps that one 6 months).
const { serverConsent } = JSON.parse(
  document.querySelector<HTMLMetaElement>('meta[name="server-consent"]')?.content ?? '{}',
) as { serverConsent?: ConsentRecord<typeof catalogue> | null };
const sendRecord = createBeacon('/api/consent');

hydrateRoot(document, <App serverConsent={serverConsent} onConsentRecorded={sendRecord} />);
