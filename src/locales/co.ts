import type { KitResource } from '../i18n/fr';

/** Corsu (Corsican). */
export const co = {
  banner: {
    title: 'E vostre scelte in materia di cookies',
    description:
      'Cù u vostru accunsentu, adupremu cookies per e finalità discritte in e preferenze. Pudete cambià d’idea in ogni mumentu.',
    providers: 'Vede a lista di i furnitori',
    acceptAll: 'Accettà tuttu',
    rejectAll: 'Ricusà tuttu',
    customise: 'Persunalizà',
    continueWithoutAccepting: 'Cuntinuà senza accettà',
  },
  gpc: 'U vostru navigatore manda u signale Global Privacy Control\u00a0: l’avemu applicatu ricusendu tuttu ciò chì dumanda u vostru accunsentu. Pudete cambià sta scelta quì.',
  preferences: {
    title: 'Preferenze di cookies',
    description: 'Sceglite e finalità chì vo accettate. Pudete cambià d’idea in ogni mumentu.',
    close: 'Chjode senza arregistrà',
    save: 'Arregistrà e mo scelte',
    alwaysOn: 'Sempre attivi',
    requiredReason: 'Indispensevuli à u situ, sti cookies ùn dumandanu micca u vostru accunsentu.',
    exemptTitle: 'Dispensati d’accunsentu',
    exemptReason: 'Misura d’audienza anonima, dispensata d’accunsentu da a CNIL, à a quale vi pudete oppone.',
    showCookies: 'Vede i cookies',
    providedBy: 'Furnitore\u00a0: {{provider}}',
    policy: 'Pulitica di cunfidenzialità di {{provider}}',
    providers: 'Lista di i furnitori',
    recordId: 'Identificativu di a vostra scelta\u00a0: {{id}}',
  },
  status: {
    acceptedAll: 'Avete accettatu tuttu. E vostre scelte sò state arregistrate.',
    rejectedAll: 'Avete ricusatu tuttu. E vostre scelte sò state arregistrate.',
    saved: 'E vostre scelte sò state arregistrate.',
  },
  defaults: {
    required: {
      title: 'Cookies necessarii',
      description: 'Permettenu à u situ di funziunà è d’assicurà a so sicurezza.',
    },
    exempt: {
      title: 'Misura d’audienza anonima',
      description: 'Statistiche di frequentazione anonime, chì servenu solu à migliurà stu situ.',
    },
  },
  trigger: 'Gestisce i mo cookies',
  embed: {
    text: 'Stu cuntenutu hè furnitu da {{provider}} ({{service}}), chì pone cookies sottumessi à u vostru accunsentu.',
    allowOnce: 'Auturizà una volta',
    allowAlways: 'Auturizà sempre',
  },
  table: {
    caption: 'Cookies aduprati nant’à stu situ',
    provider: 'Nome di u furnitore',
    service: 'Serviziu è lucalizazione',
    name: 'Nome di u cookie',
    purpose: 'Finalità',
    duration: 'Durata',
    session: 'Sessione di navigazione',
    ownProvider: 'Stu situ',
    ownService: 'E vostre preferenze nant’à i cookies',
    ownPurpose: 'Tene à mente a scelta di u visitatore nant’à i cookies',
  },
} satisfies KitResource;
