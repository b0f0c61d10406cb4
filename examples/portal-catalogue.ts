import { defineCatalogue } from '../dist/core.js';
import { MONTREUIL_COOKIE, necessary, opendatasoftServices } from './montreuil';

/** The Montreuil portal's necessary cookies, plus opt-in statistics to show a gated component. */
export const catalogue = defineCatalogue({
  revision: 1,
  categories: {
    necessary,
    statistics: {
      title: 'Statistiques',
      description: 'Suivre les pages consultées pour améliorer le portail.',
    },
  },
  services: {
    ...opendatasoftServices,
    matomo: {
      category: 'statistics',
      provider: 'Ville de Montreuil (Matomo)',
      title: 'Mesure d’audience du portail',
      cookies: [{ name: /^_pk_id\./, purpose: 'Distinguer les visites.', duration: 395 }],
    },
  },
});

/** The portal keeps the choice in its existing cookie. */
export const COOKIE = MONTREUIL_COOKIE;
