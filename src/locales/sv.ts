import type { KitResource } from '../i18n/fr';

/** Svenska (Swedish). */
export const sv = {
  banner: {
    title: 'Dina val om kakor',
    description:
      'Med ditt samtycke använder vi kakor för de ändamål som beskrivs i inställningarna. Du kan ändra dig när som helst.',
    providers: 'Visa listan över leverantörer',
    acceptAll: 'Godkänn alla',
    rejectAll: 'Avvisa alla',
    customise: 'Anpassa',
    continueWithoutAccepting: 'Fortsätt utan att godkänna',
  },
  gpc: 'Din webbläsare skickar signalen Global Privacy Control: vi har tillämpat den genom att avvisa allt som kräver ditt samtycke. Du kan ändra valet här.',
  preferences: {
    title: 'Inställningar för kakor',
    description: 'Välj de ändamål som du godkänner. Du kan ändra dig när som helst.',
    close: 'Stäng utan att spara',
    save: 'Spara mina val',
    alwaysOn: 'Alltid på',
    requiredReason: 'Dessa kakor är nödvändiga för att webbplatsen ska fungera och kräver inte ditt samtycke.',
    exemptTitle: 'Undantagna från samtycke',
    exemptReason:
      'Anonym besöksmätning som enligt CNIL:s regler är undantagen från kravet på samtycke; du kan göra invändningar mot den.',
    showCookies: 'Visa kakorna',
    providedBy: 'Leverantör: {{provider}}',
    policy: 'Integritetspolicy för {{provider}}',
    providers: 'Lista över leverantörer',
    recordId: 'Identifierare för ditt val: {{id}}',
  },
  status: {
    acceptedAll: 'Du har godkänt allt. Dina val har sparats.',
    rejectedAll: 'Du har avvisat allt. Dina val har sparats.',
    saved: 'Dina val har sparats.',
  },
  defaults: {
    required: {
      title: 'Nödvändiga kakor',
      description: 'De gör att webbplatsen fungerar och är säker.',
    },
    exempt: {
      title: 'Anonym besöksmätning',
      description: 'Anonym besöksstatistik som bara används för att förbättra den här webbplatsen.',
    },
  },
  trigger: 'Hantera kakor',
  embed: {
    text: 'Innehållet tillhandahålls av {{provider}} ({{service}}), som lagrar kakor som kräver ditt samtycke.',
    allowOnce: 'Tillåt en gång',
    allowAlways: 'Tillåt alltid',
  },
  table: {
    caption: 'Kakor som används på den här webbplatsen',
    provider: 'Leverantör',
    service: 'Tjänst och plats',
    name: 'Kakans namn',
    purpose: 'Ändamål',
    duration: 'Lagringstid',
    session: 'Webbläsarsession',
    ownProvider: 'Den här webbplatsen',
    ownService: 'Dina val om kakor',
    ownPurpose: 'Kommer ihåg besökarens val om kakor',
  },
} satisfies KitResource;
