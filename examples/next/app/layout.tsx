import 'charte/styles.css';
import { readRequestConsent } from 'charte/core';
import { headers } from 'next/headers';
import { type ReactNode, Suspense } from 'react';
import { COOKIE, catalogue } from './catalogue';
import { Consent } from './consent';

// No favicon request, so the browser's console stays empty.
export const metadata = { title: 'data.montreuil.fr', icons: { icon: 'data:,' } };

/**
 * The page's shell. What depends on the visitor's choice reads the request, so it sits in `<Suspense>`: under Cache
 * Components (`cacheComponents: true`, as a new Next app has it) Next prerenders the shell and renders the rest for
 * each request, in the same response; without them the whole page is rendered for each request.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr">
      <body>
        <Suspense>
          <ConsentFromRequest>{children}</ConsentFromRequest>
        </Suspense>
      </body>
    </html>
  );
}

/** A Server Component: reads the request, so a first visit's HTML has the banner and a returning visitor's has none. */
async function ConsentFromRequest({ children }: { children: ReactNode }) {
  const serverConsent = readRequestConsent(await headers(), catalogue, { name: COOKIE });
  return <Consent serverConsent={serverConsent}>{children}</Consent>;
}
