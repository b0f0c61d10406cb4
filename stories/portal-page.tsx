import type { ReactNode } from 'react';
import { ConsentGate, PreferencesTrigger } from '../src';

/** A stand-in for the open-data portal's page, so every story shows the kit over real content. */
export function PortalPage({ children }: { children?: ReactNode }) {
  return (
    <div style={{ fontFamily: 'system-ui, sans-serif', padding: '1rem', maxWidth: '48rem', lineHeight: 1.5 }}>
      <header>
        <p style={{ fontWeight: 700, margin: 0 }}>data.montreuil.fr</p>
        <p style={{ margin: 0 }}>Le portail des données ouvertes de la Ville de Montreuil</p>
      </header>
      <main>
        <h1>Jeux de données</h1>
        <p>
          Retrouvez les données publiées par la Ville&nbsp;: budgets, équipements, mobilités, environnement. Chaque jeu
          de données est téléchargeable et interrogeable par API.
        </p>
        <ConsentGate
          category="video"
          fallback={<p>La vidéo de présentation est bloquée tant que vous ne l’acceptez pas.</p>}
        >
          <p>Vidéo de présentation du portail (YouTube).</p>
        </ConsentGate>
        {children}
      </main>
      <footer>
        <PreferencesTrigger />
      </footer>
    </div>
  );
}
