import type { KitResource } from '../i18n/fr';

/** Català (Catalan). */
export const ca = {
  banner: {
    title: 'Les vostres opcions sobre les galetes',
    description:
      'Amb el vostre consentiment, utilitzem galetes per a les finalitats descrites a les preferències. Podeu canviar d’opinió en qualsevol moment.',
    providers: 'Veure la llista de proveïdors',
    acceptAll: 'Acceptar-ho tot',
    rejectAll: 'Rebutjar-ho tot',
    customise: 'Personalitzar',
    continueWithoutAccepting: 'Continuar sense acceptar',
  },
  gpc: 'El vostre navegador envia el senyal Global Privacy Control: l’hem aplicat rebutjant tot allò que requereix el vostre consentiment. Podeu canviar aquesta opció aquí.',
  preferences: {
    title: 'Preferències de galetes',
    description: 'Trieu les finalitats que accepteu. Podeu canviar d’opinió en qualsevol moment.',
    close: 'Tancar sense desar',
    save: 'Desar les meves opcions',
    alwaysOn: 'Sempre actives',
    requiredReason: 'Imprescindibles per al lloc web, aquestes galetes no requereixen el vostre consentiment.',
    exemptTitle: 'Exemptes de consentiment',
    exemptReason:
      'Mesurament d’audiència anònim, exempt de consentiment segons les normes de la CNIL, al qual us podeu oposar.',
    showCookies: 'Veure les galetes',
    providedBy: 'Proveïdor: {{provider}}',
    policy: 'Política de privadesa de {{provider}}',
    providers: 'Llista de proveïdors',
    recordId: 'Identificador de la vostra elecció: {{id}}',
  },
  status: {
    acceptedAll: 'Ho heu acceptat tot. S’han desat les vostres opcions.',
    rejectedAll: 'Ho heu rebutjat tot. S’han desat les vostres opcions.',
    saved: 'S’han desat les vostres opcions.',
  },
  defaults: {
    required: {
      title: 'Galetes necessàries',
      description: 'Permeten que el lloc web funcioni i en garanteixen la seguretat.',
    },
    exempt: {
      title: 'Mesurament d’audiència anònim',
      description: 'Estadístiques de visites anònimes, que només serveixen per millorar aquest lloc web.',
    },
  },
  trigger: 'Gestionar les meves galetes',
  embed: {
    text: 'Aquest contingut el proporciona {{provider}} ({{service}}), que instal·la galetes subjectes al vostre consentiment.',
    allowOnce: 'Permetre una vegada',
    allowAlways: 'Permetre sempre',
  },
  table: {
    caption: 'Galetes utilitzades en aquest lloc web',
    provider: 'Nom del proveïdor',
    service: 'Servei i ubicació',
    name: 'Nom de la galeta',
    purpose: 'Finalitats',
    duration: 'Durada',
    session: 'Sessió',
    ownProvider: 'Aquest lloc web',
    ownService: 'Les vostres preferències sobre les galetes',
    ownPurpose: 'Recorda l’elecció del visitant sobre les galetes',
  },
} satisfies KitResource;
