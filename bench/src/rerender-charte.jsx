import { createRoot } from 'react-dom/client';
import { ConsentProvider, createConsentStore, defineCatalogue, useConsent } from '../../dist/production/index.js';
import { measure, useProbe } from './probe.js';

const ids = Array.from({ length: 10 }, (_, index) => `cat-${index}`);
const catalogue = defineCatalogue({
  revision: 1,
  categories: Object.fromEntries(ids.map((id) => [id, { title: id, description: id }])),
  services: {},
});
const store = createConsentStore({ catalogue });

const gates = ids.flatMap((category) =>
  Array.from({ length: 100 }, (_, index) => ({ id: `${category}-${index}`, category })),
);

function Gated({ category }) {
  const granted = useConsent(category);
  useProbe();
  return <i>{granted ? 1 : 0}</i>;
}

createRoot(document.getElementById('root')).render(
  <ConsentProvider store={store}>
    {gates.map(({ id, category }) => (
      <Gated key={id} category={category} />
    ))}
  </ConsentProvider>,
);

window.bench = {
  components: 1000,
  categories: ids.length,
  changed: 100,
  run: (updates) => {
    store.send({ type: 'REJECT_ALL' });
    return measure((granted) => store.send({ type: 'SAVE', choices: { categories: { 'cat-3': granted } } }), updates);
  },
};
