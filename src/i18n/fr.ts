// French is the source language, built in; every other locale (src/locales) has exactly its keys and placeholders.
// Typography: U+00A0 before « : » and inside guillemets, U+202F before « ; ! ? ».
export const fr = {
  banner: {
    title: 'Vos choix en matière de cookies',
    description:
      'Avec votre accord, nous utilisons des cookies pour les finalités décrites dans les préférences. Vous pouvez changer d’avis à tout moment.',
    providers: 'Voir la liste des prestataires',
    acceptAll: 'Tout accepter',
    rejectAll: 'Tout refuser',
    customise: 'Personnaliser',
    continueWithoutAccepting: 'Continuer sans accepter',
  },
  /** Shown when the browser's Global Privacy Control signal was recorded as a refusal (rule 14). */
  gpc: 'Votre navigateur envoie le signal Global Privacy Control\u00a0: nous l’avons appliqué en refusant tout ce qui demande votre consentement. Vous pouvez changer ce choix ici.',
  preferences: {
    title: 'Préférences de cookies',
    description: 'Choisissez les finalités que vous acceptez. Vous pouvez changer d’avis à tout moment.',
    close: 'Fermer sans enregistrer',
    save: 'Enregistrer mes choix',
    alwaysOn: 'Toujours actifs',
    requiredReason: 'Indispensables au site, ces cookies ne requièrent pas votre consentement.',
    exemptTitle: 'Exemptés de consentement',
    exemptReason:
      'Mesure d’audience anonyme, exemptée de consentement par la CNIL, à laquelle vous pouvez vous opposer.',
    showCookies: 'Voir les cookies',
    providedBy: 'Prestataire\u00a0: {{provider}}',
    policy: 'Politique de confidentialité de {{provider}}',
    providers: 'Liste des prestataires',
    /** The id of the record in force, so that a request to the site can be matched to its proof (rule 27). */
    recordId: 'Identifiant de votre choix\u00a0: {{id}}',
  },
  /** Said by the status region after a decision (RGAA 7.5, WCAG 4.1.3). */
  status: {
    acceptedAll: 'Vous avez tout accepté. Vos choix ont été enregistrés.',
    rejectedAll: 'Vous avez tout refusé. Vos choix ont été enregistrés.',
    saved: 'Vos choix ont été enregistrés.',
  },
  /** The wording of a required or exempt category that the catalogue gives no title or description. */
  defaults: {
    required: {
      title: 'Cookies nécessaires',
      description: 'Ils permettent au site de fonctionner et d’assurer sa sécurité.',
    },
    exempt: {
      title: 'Mesure d’audience anonyme',
      description: 'Des statistiques de fréquentation anonymes, qui ne servent qu’à améliorer ce site.',
    },
  },
  trigger: 'Gérer mes cookies',
  embed: {
    text: 'Ce contenu est fourni par {{provider}} ({{service}}), qui dépose des cookies soumis à votre consentement.',
    allowOnce: 'Autoriser une fois',
    allowAlways: 'Toujours autoriser',
  },
  table: {
    caption: 'Cookies utilisés sur ce site',
    provider: 'Nom du prestataire',
    service: 'Service et emplacement',
    name: 'Nom du cookie',
    purpose: 'Finalités',
    duration: 'Durée',
    session: 'Session',
    ownProvider: 'Ce site',
    ownService: 'Choix concernant vos préférences sur les cookies',
    ownPurpose: 'Permet de se souvenir du choix opéré par le visiteur concernant les cookies',
  },
};

/** The shape every locale has: French's keys, any wording. */
export type KitResource = { [Section in keyof typeof fr]: Strings<(typeof fr)[Section]> };
type Strings<T> = T extends string ? string : { [Key in keyof T]: Strings<T[Key]> };
