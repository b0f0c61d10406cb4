import 'charte/styles.css';
import { readRequestConsent } from 'charte/core';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { COOKIE, catalogue } from './catalogue';
import { Consent } from './consent';

// No favicon request, so the browser's console stays empty.
export const metadata = { title: 'data.montreuil.fr', icons: { icon: 'data:,' } };

/** A Server Component: reads the request, so a first visit's HTML has the banner and a returning visitor's has none. */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const serverConsent = readRequestConsent(await headers(), catalogue, { name: COOKIE });
  return (
    <html lang="fr">
      <body>
        <Consent serverConsent={serverConsent}>{children}</Consent>
      </body>
    </html>
  );
}
