// The benchmark's catalogue: a necessary cookie, opt-in statistics and embedded videos, as a portal would declare them.
import { createConsentStore, defineCatalogue, memoryAdapter } from '../../dist/core.js';

export const catalogue = defineCatalogue({
  revision: 1,
  categories: {
    necessary: { required: true, title: 'Nécessaires' },
    statistics: { title: 'Statistiques', description: 'Suivre les pages consultées pour améliorer le portail.' },
    video: { title: 'Vidéos', description: 'Lire les vidéos hébergées par des plateformes tierces.' },
  },
  services: {
    session: {
      category: 'necessary',
      provider: 'Le portail',
      title: 'Session',
      cookies: [{ name: 'sessionid', purpose: 'Session.' }],
    },
    matomo: {
      category: 'statistics',
      provider: 'Matomo',
      title: 'Mesure',
      cookies: [{ name: /^_pk_id\./, purpose: 'Visites.' }],
    },
    youtube: {
      category: 'video',
      provider: 'Google',
      title: 'YouTube',
      cookies: [{ name: 'VISITOR_INFO1_LIVE', purpose: 'Lecture.' }],
    },
  },
});

const TYPES = ['ACCEPT_ALL', 'REJECT_ALL', 'SAVE'];

/** A real record per decision type, made by the kit's store at `now`; each post gives it a fresh id. */
export function templates(now = Date.now()) {
  return TYPES.map((type) => {
    const store = createConsentStore({ catalogue, storage: memoryAdapter(), now: () => now });
    store.send({ type });
    return store.getSnapshot().record;
  });
}
