import { defineCatalogue } from 'charte/core';

/** The cookie in which the portal keeps the visitor's choice: one name for the server's reader and the provider. */
export const COOKIE = 'cookies_preferences';

export const catalogue = defineCatalogue({
  revision: 1,
  categories: {
    necessary: {
      required: true,
      title: 'Cookies nécessaires au bon fonctionnement de la plateforme / cookies fonctionnels',
      description:
        "Les cookies « nécessaires », internes, permettent d'enregistrer des informations entre deux consultations d'un même site web sur un même appareil. Ils ne requièrent pas de consentement de la part de l'utilisateur.",
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
        { name: COOKIE, purpose: 'Permet de se souvenir du choix opéré par le visiteur concernant les cookies' },
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

declare module 'charte' {
  interface Register {
    catalogue: typeof catalogue;
  }
}
