'use client';

import { Banner, ConsentProvider, type ConsentRecord, PreferencesDialog } from 'charte';
import { createBeacon } from 'charte/beacon';
import type { ReactNode } from 'react';
import { COOKIE, catalogue } from './catalogue';

/** Posts each decision's record to app/api/consent/route.ts; created once, it sends nothing on the server. */
const sendRecord = createBeacon('/api/consent');

/** The client layout: the banner first in the page, the provider with what the server read, and the dialog. */
export function Consent({
  serverConsent,
  children,
}: {
  /** Serialised by Next from the layout, so the client hydrates with exactly what the server rendered. */
  serverConsent?: ConsentRecord<typeof catalogue> | null | undefined;
  children: ReactNode;
}) {
  return (
    <ConsentProvider
      catalogue={catalogue}
      cookie={{ name: COOKIE }}
      serverConsent={serverConsent}
      onConsentRecorded={sendRecord}
    >
      <Banner />
      {children}
      <PreferencesDialog />
    </ConsentProvider>
  );
}
