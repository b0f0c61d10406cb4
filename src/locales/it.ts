import type { KitResource } from '../i18n/fr';

/** Italiano (Italian). */
export const it = {
  banner: {
    title: 'Le sue scelte sui cookie',
    description:
      'Con il suo consenso, utilizziamo cookie per le finalità descritte nelle preferenze. Può cambiare idea in qualsiasi momento.',
    providers: 'Mostra l’elenco dei fornitori',
    acceptAll: 'Accetta tutti',
    rejectAll: 'Rifiuta tutti',
    customise: 'Personalizza',
    continueWithoutAccepting: 'Continua senza accettare',
  },
  gpc: 'Il suo browser invia il segnale Global Privacy Control: lo abbiamo applicato rifiutando tutto ciò che richiede il suo consenso. Può modificare questa scelta qui.',
  preferences: {
    title: 'Preferenze sui cookie',
    description: 'Scelga le finalità che accetta. Può cambiare idea in qualsiasi momento.',
    close: 'Chiudi senza salvare',
    save: 'Salva le scelte',
    alwaysOn: 'Sempre attivi',
    requiredReason: 'Indispensabili per il sito, questi cookie non richiedono il suo consenso.',
    exemptTitle: 'Esenti dal consenso',
    exemptReason:
      'Misurazione anonima dell’audience, esente dal consenso secondo le regole della CNIL, alla quale può opporsi.',
    showCookies: 'Mostra i cookie',
    providedBy: 'Fornitore: {{provider}}',
    policy: 'Informativa sulla privacy di {{provider}}',
    providers: 'Elenco dei fornitori',
    recordId: 'Identificativo della sua scelta: {{id}}',
  },
  status: {
    acceptedAll: 'Ha accettato tutto. Le sue scelte sono state salvate.',
    rejectedAll: 'Ha rifiutato tutto. Le sue scelte sono state salvate.',
    saved: 'Le sue scelte sono state salvate.',
  },
  defaults: {
    required: {
      title: 'Cookie necessari',
      description: 'Consentono il funzionamento del sito e ne garantiscono la sicurezza.',
    },
    exempt: {
      title: 'Misurazione anonima dell’audience',
      description: 'Statistiche anonime sulle visite, utilizzate solo per migliorare questo sito.',
    },
  },
  trigger: 'Gestisci i cookie',
  embed: {
    text: 'Questo contenuto è fornito da {{provider}} ({{service}}), che installa cookie soggetti al suo consenso.',
    allowOnce: 'Consenti una volta',
    allowAlways: 'Consenti sempre',
  },
  table: {
    caption: 'Cookie utilizzati su questo sito',
    provider: 'Fornitore',
    service: 'Servizio e ubicazione',
    name: 'Nome del cookie',
    purpose: 'Finalità',
    duration: 'Durata',
    session: 'Sessione del browser',
    ownProvider: 'Questo sito',
    ownService: 'Le sue preferenze sui cookie',
    ownPurpose: 'Ricorda la scelta effettuata dall’utente sui cookie',
  },
} satisfies KitResource;
