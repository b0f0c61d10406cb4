import type { KitResource } from '../i18n/fr';

/** Norsk bokmål (Norwegian Bokmål). */
export const nb = {
  banner: {
    title: 'Dine valg for informasjonskapsler',
    description:
      'Med ditt samtykke bruker vi informasjonskapsler til formålene som er beskrevet i innstillingene. Du kan ombestemme deg når som helst.',
    providers: 'Se listen over leverandører',
    acceptAll: 'Godta alle',
    rejectAll: 'Avvis alle',
    customise: 'Tilpass',
    continueWithoutAccepting: 'Fortsett uten å godta',
  },
  gpc: 'Nettleseren din sender signalet Global Privacy Control: Vi har fulgt det ved å avvise alt som krever ditt samtykke. Du kan endre dette valget her.',
  preferences: {
    title: 'Innstillinger for informasjons\u00adkapsler',
    description: 'Velg formålene du godtar. Du kan ombestemme deg når som helst.',
    close: 'Lukk uten å lagre',
    save: 'Lagre valgene mine',
    alwaysOn: 'Alltid på',
    requiredReason: 'Disse informasjonskapslene er nødvendige for nettstedet og krever ikke samtykke fra deg.',
    exemptTitle: 'Unntatt fra samtykke',
    exemptReason:
      'Anonym publikumsmåling, unntatt fra samtykkekravet etter CNILs regler. Du kan reservere deg mot den.',
    showCookies: 'Se informasjonskapslene',
    providedBy: 'Leverandør: {{provider}}',
    policy: 'Personvernerklæringen til {{provider}}',
    providers: 'Liste over leverandører',
    recordId: 'Identifikator for valget ditt: {{id}}',
  },
  status: {
    acceptedAll: 'Du har godtatt alt. Valgene dine er lagret.',
    rejectedAll: 'Du har avvist alt. Valgene dine er lagret.',
    saved: 'Valgene dine er lagret.',
  },
  defaults: {
    required: {
      title: 'Nødvendige informasjonskapsler',
      description: 'De gjør at nettstedet fungerer og er sikkert.',
    },
    exempt: {
      title: 'Anonym publikumsmåling',
      description: 'Anonym besøksstatistikk som bare brukes til å forbedre dette nettstedet.',
    },
  },
  trigger: 'Administrer informasjonskapsler',
  embed: {
    text: 'Dette innholdet leveres av {{provider}} ({{service}}), som setter informasjonskapsler som krever ditt samtykke.',
    allowOnce: 'Tillat én gang',
    allowAlways: 'Tillat alltid',
  },
  table: {
    caption: 'Informasjonskapsler som brukes på dette nettstedet',
    provider: 'Leverandørens navn',
    service: 'Tjeneste og plassering',
    name: 'Navn på informasjonskapselen',
    purpose: 'Formål',
    duration: 'Varighet',
    session: 'Nettleserøkt',
    ownProvider: 'Dette nettstedet',
    ownService: 'Dine valg for informasjonskapsler',
    ownPurpose: 'Husker valget den besøkende har gjort om informasjonskapsler',
  },
} satisfies KitResource;
