// The host page of every timing entry: a small React app wrapped by the entry's consent code.
import { createRoot } from 'react-dom/client';

export function mount(Consent) {
  createRoot(document.getElementById('root')).render(
    <Consent>
      <main>
        <h1>Portail de données</h1>
        <p>Jeux de données ouverts de la ville.</p>
        <button type="button" id="app-button">
          Explorer les données
        </button>
      </main>
    </Consent>,
  );
}
