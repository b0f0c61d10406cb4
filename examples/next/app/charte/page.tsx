import { CookieTable, PreferencesTrigger } from '../../../../dist/index.js';

export const metadata = { title: 'Charte cookies — data.montreuil.fr' };

/** The portal's cookie charter as a route: its declaration table comes from the catalogue. */
export default function Charter() {
  return (
    <main>
      <h1>Charte cookies</h1>
      <p>
        Afin de vous proposer le meilleur service possible nous utilisons des cookies pour assurer son bon
        fonctionnement.
      </p>
      <h2>À quoi servent les cookies sur la plateforme https://data.montreuil.fr</h2>
      <CookieTable
        category="necessary"
        caption="Cookies nécessaires au bon fonctionnement de la plateforme / cookies fonctionnels"
      />
      <p>Vous pouvez modifier vos choix à tout moment.</p>
      <PreferencesTrigger />
    </main>
  );
}
