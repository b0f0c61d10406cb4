'use client';

import type { ReactNode } from 'react';
import { createBeacon } from '../../../dist/beacon.js';
import { Banner, ConsentProvider, type ConsentRecord, PreferencesDialog } from '../../../dist/index.js';
import { COOKIE, catalogue } from '../../portal-catalogue';

/** Posts each decision's record to app/api/consent/route.ts; created once, and it sends nothing on the server. */
const sendRecord = createBeacon('/api/consent');

/** The client layout: the provider, with the choice the server read, and the banner and dialog. */
export function Consent({
  initialConsent,
  children,
}: {
  initialConsent: ConsentRecord<typeof catalogue> | null;
  children: ReactNode;
}) {
  return (
    <ConsentProvider
      catalogue={catalogue}
      cookie={{ name: COOKIE }}
      initialConsent={initialConsent}
      onConsentRecorded={sendRecord}
    >
      {children}
      <Banner />
      <PreferencesDialog />
    </ConsentProvider>
  );
}
