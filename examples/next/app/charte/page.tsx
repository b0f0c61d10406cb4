import { CookieTable, PreferencesTrigger } from 'charte';
import { catalogue } from '../catalogue';

export const metadata = { title: 'Charte cookies — data.montreuil.fr' };

/** The portal's cookie charter, a Server Component: its declaration table comes from the catalogue. */
export default function Charter() {
  const { necessary } = catalogue.categories;
  return (
    <main>
      <h1>Charte cookies</h1>
      <p>
        Afin de vous proposer le meilleur service possible nous utilisons des cookies pour assurer son bon
        fonctionnement.
      </p>
      <h2>À quoi servent les cookies sur la plateforme https://data.montreuil.fr</h2>
      <CookieTable category="necessary" caption={necessary.title} />
      <p>{necessary.description}</p>
      <p>Vous pouvez modifier vos choix à tout moment.</p>
      <PreferencesTrigger />
    </main>
  );
}
