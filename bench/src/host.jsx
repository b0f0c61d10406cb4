// The host page of every timing entry: a small React app wrapped by the entry's consent code.
import { createRoot } from 'react-dom/client';

/** The host app's own content. */
export function Page({ children }) {
  return (
    <main>
      <h1>Portail de données</h1>
      <p>Jeux de données ouverts de la ville.</p>
      <button type="button" id="app-button">
        Explorer les données
      </button>
      {children}
    </main>
  );
}

export function mount(Consent) {
  createRoot(document.getElementById('root')).render(
    <Consent>
      <Page />
    </Consent>,
  );
}

/** The INP page: the same host with `count` components gated on the statistics category. */
export function mountGated(Consent, Gated, count = 20) {
  createRoot(document.getElementById('root')).render(
    <Consent>
      <Page>
        <ul>
          {Array.from({ length: count }, (_, index) => `gated-${index}`).map((key) => (
            <Gated key={key} />
          ))}
        </ul>
      </Page>
    </Consent>,
  );
}
