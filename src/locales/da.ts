import type { KitResource } from '../i18n/fr';

/** Dansk (Danish). */
export const da = {
  banner: {
    title: 'Dine valg om cookies',
    description:
      'Med dit samtykke bruger vi cookies til de formål, der er beskrevet i indstillingerne. Du kan til enhver tid ændre dit valg.',
    providers: 'Se listen over udbydere',
    acceptAll: 'Accepter alle',
    rejectAll: 'Afvis alle',
    customise: 'Tilpas',
    continueWithoutAccepting: 'Fortsæt uden at acceptere',
  },
  gpc: 'Din browser sender signalet Global Privacy Control: Vi har anvendt det ved at afvise alt, der kræver dit samtykke. Du kan ændre dette valg her.',
  preferences: {
    title: 'Cookieindstillinger',
    description: 'Vælg de formål, du accepterer. Du kan til enhver tid ændre dit valg.',
    close: 'Luk uden at gemme',
    save: 'Gem mine valg',
    alwaysOn: 'Altid aktive',
    requiredReason: 'Disse cookies er nødvendige for, at webstedet fungerer, og kræver ikke dit samtykke.',
    exemptTitle: 'Undtaget fra samtykke',
    exemptReason:
      'Anonym trafikmåling, som efter CNIL’s regler er undtaget fra kravet om samtykke; du kan gøre indsigelse mod den.',
    showCookies: 'Se cookies',
    providedBy: 'Udbyder: {{provider}}',
    policy: 'Privatlivspolitik for {{provider}}',
    providers: 'Liste over udbydere',
    recordId: 'ID for dit valg: {{id}}',
  },
  status: {
    acceptedAll: 'Du har accepteret alt. Dine valg er gemt.',
    rejectedAll: 'Du har afvist alt. Dine valg er gemt.',
    saved: 'Dine valg er gemt.',
  },
  defaults: {
    required: {
      title: 'Nødvendige cookies',
      description: 'De får webstedet til at fungere og holder det sikkert.',
    },
    exempt: {
      title: 'Anonym trafikmåling',
      description: 'Anonym besøgsstatistik, der kun bruges til at forbedre dette websted.',
    },
  },
  trigger: 'Administrer cookies',
  embed: {
    text: 'Indholdet leveres af {{provider}} ({{service}}), som sætter cookies, der kræver dit samtykke.',
    allowOnce: 'Tillad én gang',
    allowAlways: 'Tillad altid',
  },
  table: {
    caption: 'Cookies, der bruges på dette websted',
    provider: 'Udbyder',
    service: 'Tjeneste og placering',
    name: 'Cookiens navn',
    purpose: 'Formål',
    duration: 'Varighed',
    session: 'Browsersession',
    ownProvider: 'Dette websted',
    ownService: 'Dine cookievalg',
    ownPurpose: 'Husker den besøgendes valg om cookies',
  },
} satisfies KitResource;
