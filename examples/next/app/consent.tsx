'use client';

import type { ReactNode } from 'react';
import { Banner, ConsentProvider, type ConsentRecord, PreferencesDialog } from '../../../dist/index.js';
import { COOKIE, catalogue } from '../../portal-catalogue';

/** The client layout: the provider, with the choice the server read, and the banner and dialog. */
export function Consent({
  initialConsent,
  children,
}: {
  initialConsent: ConsentRecord<typeof catalogue> | null;
  children: ReactNode;
}) {
  return (
    <ConsentProvider catalogue={catalogue} cookie={{ name: COOKIE }} initialConsent={initialConsent}>
      {children}
      <Banner />
      <PreferencesDialog />
    </ConsentProvider>
  );
}
