import 'charte/styles.css';
import { readConsent } from 'charte/core';
import { cookies } from 'next/headers';
import type { ReactNode } from 'react';
import { COOKIE, catalogue } from './catalogue';
import { Consent } from './consent';

// No favicon request, so the browser's console stays empty.
export const metadata = { title: 'data.montreuil.fr', icons: { icon: 'data:,' } };

/** A Server Component: reads the choice from the request, so a returning visitor's HTML has no banner. */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const initialConsent = readConsent((await cookies()).toString(), catalogue, { name: COOKIE });
  return (
    <html lang="fr">
      <body>
        <Consent initialConsent={initialConsent}>{children}</Consent>
      </body>
    </html>
  );
}
