// c15t has five fixed categories: 200 components on each, as its docs gate them, with useConsentManager().has().
import { ConsentManagerProvider, useConsentManager } from '@c15t/react';
import { createRoot } from 'react-dom/client';
import { measure, useProbe } from './probe.js';

const ids = ['necessary', 'functionality', 'experience', 'measurement', 'marketing'];
// A withdrawal would reload the page (its default, as charte's `reloadOnWithdraw` is off by default).
const options = { mode: 'offline', consentCategories: ids, reloadOnConsentRevoked: false };
const api = { current: null };

const gates = ids.flatMap((category) =>
  Array.from({ length: 200 }, (_, index) => ({ id: `${category}-${index}`, category })),
);

function Gated({ category }) {
  const { has } = useConsentManager();
  useProbe();
  return <i>{has(category) ? 1 : 0}</i>;
}

function Controller() {
  api.current = useConsentManager();
  return null;
}

createRoot(document.getElementById('root')).render(
  <ConsentManagerProvider options={options}>
    <Controller />
    {gates.map(({ id, category }) => (
      <Gated key={id} category={category} />
    ))}
  </ConsentManagerProvider>,
);

window.bench = {
  components: 1000,
  categories: ids.length,
  changed: 200,
  run: async (updates) => {
    await api.current.saveConsents('necessary');
    return measure((granted) => api.current.setConsent('measurement', granted), updates);
  },
};
