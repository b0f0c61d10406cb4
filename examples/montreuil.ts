// The cookie charter of data.montreuil.fr as plain data: the tests build it with the source,
// the examples with the built package.

/** The storage cookie name the portal already uses for the visitor's choice. */
export const MONTREUIL_COOKIE = 'cookies_preferences';

/** The portal's necessary category, as its charter words it. */
export const necessary = {
  required: true,
  title: 'Cookies nécessaires au bon fonctionnement de la plateforme / cookies fonctionnels',
  description:
    "Les cookies « nécessaires », internes, permettent d'enregistrer des informations entre deux consultations d'un même site web sur un même appareil. Ils ne requièrent pas de consentement de la part de l'utilisateur.",
} as const;

/** The portal's four necessary cookies, word for word from its charter. */
export const opendatasoftServices = {
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
        name: MONTREUIL_COOKIE,
        purpose: 'Permet de se souvenir du choix opéré par le visiteur concernant les cookies',
      },
    ],
  },
} as const;

/** The opt-in audience measurement the examples add, to show a gated component. */
export const statistics = {
  title: 'Statistiques',
  description: 'Suivre les pages consultées pour améliorer le portail.',
} as const;

/** The service behind it. */
export const matomo = {
  category: 'statistics',
  provider: 'Ville de Montreuil (Matomo)',
  title: 'Mesure d’audience du portail',
  cookies: [{ name: /^_pk_id\./, purpose: 'Distinguer les visites.', duration: 395 }],
} as const;
