import type { KitResource } from '../i18n/fr';

/** Occitan (Occitan). */
export const oc = {
  banner: {
    title: 'Vòstras causidas en matèria de cookies',
    description:
      'Amb vòstre consentiment, utilizam de cookies per las finalitats descrichas dins las preferéncias. Podètz cambiar d’avís quora que siá.',
    providers: 'Veire la lista dels prestataris',
    acceptAll: 'Tot acceptar',
    rejectAll: 'Tot refusar',
    customise: 'Personalizar',
    continueWithoutAccepting: 'Contunhar sens acceptar',
  },
  gpc: 'Vòstre navegador manda lo senhal Global Privacy Control\u00a0: l’avèm aplicat en refusant tot çò que demanda vòstre consentiment. Podètz cambiar aquesta causida aquí.',
  preferences: {
    title: 'Preferéncias de cookies',
    description: 'Causissètz las finalitats qu’acceptatz. Podètz cambiar d’avís quora que siá.',
    close: 'Tampar sens enregistrar',
    save: 'Enregistrar mas causidas',
    alwaysOn: 'Totjorn actius',
    requiredReason: 'Indispensables al site, aquestes cookies demandan pas vòstre consentiment.',
    exemptTitle: 'Exemptats de consentiment',
    exemptReason: 'Mesura d’audiéncia anonima, exemptada de consentiment per la CNIL, a la quala vos podètz opausar.',
    showCookies: 'Veire los cookies',
    providedBy: 'Prestatari\u00a0: {{provider}}',
    policy: 'Politica de confidencialitat de {{provider}}',
    providers: 'Lista dels prestataris',
    recordId: 'Identificant de vòstra causida\u00a0: {{id}}',
  },
  status: {
    acceptedAll: 'Avètz tot acceptat. Vòstras causidas son estadas enregistradas.',
    rejectedAll: 'Avètz tot refusat. Vòstras causidas son estadas enregistradas.',
    saved: 'Vòstras causidas son estadas enregistradas.',
  },
  defaults: {
    required: {
      title: 'Cookies necessaris',
      description: 'Permeton al site de foncionar e d’assegurar sa seguretat.',
    },
    exempt: {
      title: 'Mesura d’audiéncia anonima',
      description: 'D’estatisticas de frequentacion anonimas, que servisson pas que per melhorar aqueste site.',
    },
  },
  trigger: 'Gerir mos cookies',
  embed: {
    text: 'Aqueste contengut es provesit per {{provider}} ({{service}}), que pausa de cookies sotmeses a vòstre consentiment.',
    allowOnce: 'Autorizar un còp',
    allowAlways: 'Totjorn autorizar',
  },
  table: {
    caption: 'Cookies utilizats sus aqueste site',
    provider: 'Nom del prestatari',
    service: 'Servici e emplaçament',
    name: 'Nom del cookie',
    purpose: 'Finalitats',
    duration: 'Durada',
    session: 'Session de navegacion',
    ownProvider: 'Aqueste site',
    ownService: 'Vòstras preferéncias tocant los cookies',
    ownPurpose: 'Garda en memòria la causida del visitaire tocant los cookies',
  },
} satisfies KitResource;
