// French is the source language: every other locale must have the same keys (see `en.ts`).
// Typography: U+00A0 before « : » and inside guillemets, U+202F before « ; ! ? ».
export const fr = {
  banner: {
    title: 'Vos choix en matière de cookies',
    description:
      'Avec votre accord, nous utilisons des cookies pour les finalités décrites dans nos préférences. Vous pouvez accepter, refuser ou personnaliser vos choix, et les modifier à tout moment.',
    providers: 'Voir la liste des prestataires',
    acceptAll: 'Tout accepter',
    rejectAll: 'Tout refuser',
    customise: 'Personnaliser',
    continueWithoutAccepting: 'Continuer sans accepter',
  },
  preferences: {
    title: 'Préférences de cookies',
    description:
      'Choisissez les finalités que vous acceptez. Les cookies nécessaires ne peuvent pas être refusés. Vous pouvez modifier vos choix à tout moment.',
    close: 'Fermer sans enregistrer',
    acceptAll: 'Tout accepter',
    rejectAll: 'Tout refuser',
    save: 'Enregistrer mes choix',
    saved: 'Vos choix ont été enregistrés.',
    alwaysOn: 'Toujours actifs',
    requiredReason: 'Nécessaires au fonctionnement du site, ces cookies ne requièrent pas votre consentement.',
    exemptTitle: 'Exemptés de consentement',
    exemptReason:
      'Mesure d’audience anonyme, exemptée de consentement par la CNIL. Elle est active par défaut et vous pouvez vous y opposer.',
    services: 'Services',
    showCookies_one: 'Voir le cookie',
    showCookies_other: 'Voir les {{count}}\u00a0cookies',
    policy: 'Politique de confidentialité de {{provider}}',
  },
  trigger: 'Gérer mes cookies',
  table: {
    caption: 'Cookies utilisés sur ce site',
    provider: 'Nom du prestataire',
    service: 'Service et emplacement',
    name: 'Nom du cookie',
    purpose: 'Finalités',
    duration: 'Durée',
    ownProvider: 'Ce site',
    ownService: 'Choix concernant vos préférences sur les cookies',
    ownPurpose: 'Permet de se souvenir du choix opéré par le visiteur concernant les cookies',
  },
  duration: {
    session: 'Session',
    hours_one: '{{count}}\u00a0heure',
    hours_other: '{{count}}\u00a0heures',
    days_one: '{{count}}\u00a0jour',
    days_other: '{{count}}\u00a0jours',
    months_one: '{{count}}\u00a0mois',
    months_other: '{{count}}\u00a0mois',
  },
  category: {
    necessary: 'Cookies nécessaires',
    functional: 'Cookies fonctionnels',
    preferences: 'Préférences',
    statistics: 'Statistiques',
    analytics: 'Mesure d’audience',
    marketing: 'Publicité',
  },
  charter: {
    title: 'Charte cookies',
    intro:
      'Afin de vous proposer le meilleur service possible nous utilisons des cookies pour assurer son bon fonctionnement.',
    whatTitle: 'Qu’est-ce qu’un cookie\u202f?',
    what: 'Un «\u00a0cookie\u00a0» est une suite d’informations, généralement de petite taille et identifié par un nom, qui peut être transmis à votre navigateur par un site web sur lequel vous vous connectez. Votre navigateur web le conservera pendant une certaine durée, et le renverra au serveur web chaque fois que vous vous y re-connecterez. Les cookies ont de multiples usages\u00a0: ils peuvent servir à mémoriser votre identifiant client auprès d’un site marchand, le contenu courant de votre panier d’achat, un identifiant permettant de tracer votre navigation pour des finalités statistiques ou publicitaires, etc.',
    kindsTitle: 'Il existe plusieurs types de cookies\u00a0:',
    kindNecessary:
      'Les cookies «\u00a0nécessaires\u00a0», internes, permettent d’enregistrer des informations entre deux consultations d’un même site web sur un même appareil. Ils permettent d’enregistrer un panier d’achat, des identifiants de connexion ou encore des éléments de personnalisation de l’interface. Ils ne requièrent pas de consentement de la part de l’utilisateur.',
    kindStatistics:
      'Les cookies «\u00a0statistiques\u00a0» permettent de suivre les actions d’un internaute sur un site web. Lorsque les statistiques sont anonymes (c’est-à-dire ne permettent pas de retrouver une personne), le consentement de l’utilisateur n’est pas nécessaire.',
    kindFirstParty:
      'Les cookies «\u00a0internes\u00a0» ou «\u00a0first-party\u00a0» sont déposés par le site consulté. Ils peuvent être déposés en plus des cookies nécessaires et peuvent être utilisés pour collecter des données personnelles, suivre le comportement de l’utilisateur et servir à des finalités publicitaires.',
    kindThirdParty:
      'Les cookies dits «\u00a0tiers\u00a0», «\u00a0tierce partie\u00a0» ou «\u00a0third party\u00a0» sont des cookies déposés par (ou pour) un site B (souvent une régie publicitaire) sur un site A\u00a0: cela permet au site B de voir quelles pages ont été visitées sur le site A par un utilisateur et de collecter des informations sur lui.',
    usesTitle: 'À quoi servent les cookies sur la plateforme {{site}}',
    change: 'Vous pouvez modifier vos choix à tout moment.',
  },
};

/** The shape every locale has: French's keys, any wording. */
export type KitResource = { [Section in keyof typeof fr]: Strings<(typeof fr)[Section]> };
type Strings<T> = T extends string ? string : { [Key in keyof T]: Strings<T[Key]> };
