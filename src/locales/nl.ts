import type { KitResource } from '../i18n/fr';

/** Nederlands (Dutch). */
export const nl = {
  banner: {
    title: 'Uw keuzes over cookies',
    description:
      'Met uw toestemming gebruiken wij cookies voor de doeleinden die in de voorkeuren worden beschreven. U kunt uw keuze op elk moment wijzigen.',
    providers: 'Lijst van aanbieders bekijken',
    acceptAll: 'Alles accepteren',
    rejectAll: 'Alles weigeren',
    customise: 'Aanpassen',
    continueWithoutAccepting: 'Doorgaan zonder te accepteren',
  },
  gpc: 'Uw browser verstuurt het signaal Global Privacy Control: wij hebben dit toegepast door alles te weigeren waarvoor uw toestemming nodig is. U kunt deze keuze hier wijzigen.',
  preferences: {
    title: 'Cookievoorkeuren',
    description: 'Kies de doeleinden waarmee u instemt. U kunt uw keuze op elk moment wijzigen.',
    close: 'Sluiten zonder op te slaan',
    save: 'Mijn keuzes opslaan',
    alwaysOn: 'Altijd actief',
    requiredReason: 'Deze cookies zijn onmisbaar voor de website en hebben uw toestemming niet nodig.',
    exemptTitle: 'Vrijgesteld van toestemming',
    exemptReason:
      'Anonieme bezoekersmeting, volgens de regels van de CNIL vrijgesteld van toestemming; u kunt hiertegen bezwaar maken.',
    showCookies: 'Cookies bekijken',
    providedBy: 'Aanbieder: {{provider}}',
    policy: 'Privacyverklaring van {{provider}}',
    providers: 'Lijst van aanbieders',
    recordId: 'Kenmerk van uw keuze: {{id}}',
  },
  status: {
    acceptedAll: 'U hebt alles geaccepteerd. Uw keuzes zijn opgeslagen.',
    rejectedAll: 'U hebt alles geweigerd. Uw keuzes zijn opgeslagen.',
    saved: 'Uw keuzes zijn opgeslagen.',
  },
  defaults: {
    required: {
      title: 'Noodzakelijke cookies',
      description: 'Ze zorgen ervoor dat de website werkt en veilig blijft.',
    },
    exempt: {
      title: 'Anonieme bezoekersmeting',
      description: 'Anonieme bezoekersstatistieken, die alleen dienen om deze website te verbeteren.',
    },
  },
  trigger: 'Cookies beheren',
  embed: {
    text: 'Deze inhoud wordt geleverd door {{provider}} ({{service}}). Daarbij worden cookies geplaatst waarvoor uw toestemming nodig is.',
    allowOnce: 'Eenmalig toestaan',
    allowAlways: 'Altijd toestaan',
  },
  table: {
    caption: 'Cookies die op deze website worden gebruikt',
    provider: 'Aanbieder',
    service: 'Dienst en locatie',
    name: 'Naam van de cookie',
    purpose: 'Doeleinden',
    duration: 'Bewaartermijn',
    session: 'Browsersessie',
    ownProvider: 'Deze website',
    ownService: 'Uw cookievoorkeuren',
    ownPurpose: 'Onthoudt de keuze van de bezoeker over cookies',
  },
} satisfies KitResource;
