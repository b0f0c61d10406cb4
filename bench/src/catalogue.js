/** The texts every entry shows: two categories, one statistics service, in French. */
export const text = {
  title: 'Nous respectons votre vie privée',
  description: 'Nous utilisons des cookies pour mesurer l’audience du site. Vous pouvez changer d’avis à tout moment.',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  customise: 'Personnaliser',
  save: 'Enregistrer mes choix',
  preferencesTitle: 'Gérer mes cookies',
  necessary: 'Cookies nécessaires',
  necessaryDescription: 'Indispensables au fonctionnement du site.',
  statistics: 'Mesure d’audience',
  statisticsDescription: 'Nous aident à comprendre comment le site est utilisé.',
};
