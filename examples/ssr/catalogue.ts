import { defineCatalogue } from '../../dist/core.js';

/** The Montreuil portal's necessary cookies, plus opt-in statistics to show a gated component. */
export const catalogue = defineCatalogue({
  revision: 1,
  categories: {
    necessary: {
      required: true,
      title: 'Cookies nécessaires au bon fonctionnement de la plateforme / cookies fonctionnels',
    },
    statistics: {
      title: 'Statistiques',
      description: 'Suivre les pages consultées pour améliorer le portail.',
    },
  },
  services: {
    auth: {
      category: 'necessary',
      provider: 'Opendatasoft',
      title: 'Authentification (front et back office)',
      cookies: [{ name: 'sessionid', purpose: "Se souvenir de l'utilisateur d'une page à une autre." }],
    },
    language: {
      category: 'necessary',
      provider: 'Opendatasoft',
      title: 'Sélection de la langue (front et back office)',
      cookies: [{ name: 'django_language', purpose: 'Se souvenir de la langue du visiteur' }],
    },
    csrf: {
      category: 'necessary',
      provider: 'Opendatasoft',
      title: 'API (CSRF) (front et back office)',
      cookies: [{ name: 'csrftoken', purpose: 'Récupérer des données via des appels API' }],
    },
    preferences: {
      category: 'necessary',
      provider: 'Opendatasoft',
      title: 'Choix concernant vos préférences sur les cookies',
      cookies: [
        {
          name: 'cookies_preferences',
          purpose: 'Permet de se souvenir du choix opéré par le visiteur concernant les cookies',
        },
      ],
    },
    matomo: {
      category: 'statistics',
      provider: 'Ville de Montreuil (Matomo)',
      title: 'Mesure d’audience du portail',
      cookies: [{ name: /^_pk_id\./, purpose: 'Distinguer les visites.', duration: 395 }],
    },
  },
});

/** The portal keeps the choice in its existing cookie. */
export const COOKIE = 'cookies_preferences';
