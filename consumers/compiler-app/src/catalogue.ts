import { defineCatalogue } from 'charte/core';

export const catalogue = defineCatalogue({
  revision: 1,
  categories: {
    necessary: { required: true }, // always on; the kit words it ("Cookies nécessaires")
    statistics: {
      title: { fr: 'Statistiques', en: 'Statistics' },
      description: { fr: 'Mesurer la fréquentation du portail.', en: 'Measure how the portal is used.' },
    },
  },
  services: {
    auth: {
      category: 'necessary',
      provider: 'Opendatasoft',
      title: 'Authentification (front et back office)',
      cookies: [{ name: 'sessionid', purpose: "Se souvenir de l'utilisateur d'une page à une autre." }],
    },
    matomo: {
      category: 'statistics',
      provider: 'Matomo',
      title: "Mesure d'audience",
      cookies: [{ name: /^_pk_id\./, purpose: 'Distinguer les visiteurs.', duration: 395, party: 'first' }],
    },
  },
});

// Type every hook and gate app-wide: a typo in a category or service id is a compile error.
declare module 'charte' {
  interface Register {
    catalogue: typeof catalogue;
  }
}
