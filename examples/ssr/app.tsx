import {
  Banner,
  ConsentGate,
  ConsentProvider,
  type ConsentRecord,
  CookieTable,
  PreferencesDialog,
  PreferencesTrigger,
} from 'charte';
import { COOKIE, catalogue } from './catalogue';

/** The whole document, rendered on the server and hydrated in the browser with the same choice. */
export function App({
  serverConsent,
  onConsentRecorded,
}: {
  /** What the server read from the request: `null` on a first visit, so the banner is in the HTML. */
  serverConsent: ConsentRecord<typeof catalogue> | null | undefined;
  /** Only in the browser: where each decision's record goes. */
  onConsentRecorded?: (record: ConsentRecord<typeof catalogue>) => void;
}) {
  return (
    <html lang="fr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Charte cookies — data.montreuil.fr</title>
        <link rel="icon" href="data:," />
        {/* What the server read from the request: the client's first render starts from it, so both agree. */}
        <meta name="server-consent" content={JSON.stringify({ serverConsent })} />
        <link rel="stylesheet" href="/styles.css" />
        {/* The portal's own styles: its links are 24 px targets too (WCAG 2.5.8). */}
        <style>
          {
            'body{font-family:system-ui,sans-serif;margin:1rem;overflow-wrap:anywhere}a{display:inline-block;min-height:24px}'
          }
        </style>
      </head>
      <body>
        <ConsentProvider
          catalogue={catalogue}
          cookie={{ name: COOKIE }}
          serverConsent={serverConsent}
          {...(onConsentRecorded && { onConsentRecorded })}
        >
          <a href="#contenu">Aller au contenu</a>
          {/* First in the body after the skip link: keyboard and screen reader users meet it before the page. */}
          <Banner />
          <header>
            <p>
              <a href="/">data.montreuil.fr</a>
            </p>
          </header>
          <main id="contenu">
            <h1>Charte cookies</h1>
            <p>
              Afin de vous proposer le meilleur service possible nous utilisons des cookies pour assurer son bon
              fonctionnement.
            </p>
            <ConsentGate category="statistics" fallback={<p>La mesure d’audience est désactivée.</p>}>
              <p data-testid="statistics">La mesure d’audience est active.</p>
            </ConsentGate>
            <h2>À quoi servent les cookies sur la plateforme https://data.montreuil.fr</h2>
            <CookieTable
              category="necessary"
              caption="Cookies nécessaires au bon fonctionnement de la plateforme / cookies fonctionnels"
            />
            <p>Vous pouvez modifier vos choix à tout moment.</p>
            <PreferencesTrigger />
            {Array.from({ length: 12 }, (_, index) => `Jeu de données n° ${index + 1}`).map((name, index) => (
              <p key={name}>
                <a href={`#jeu-${index + 1}`}>{name}</a>
              </p>
            ))}
          </main>
          <PreferencesDialog />
        </ConsentProvider>
      </body>
    </html>
  );
}
