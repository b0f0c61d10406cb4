import type { KitResource } from '../i18n/fr';

/** Eesti (Estonian). */
export const et = {
  banner: {
    title: 'Teie valikud küpsiste kohta',
    description:
      'Teie nõusolekul kasutame küpsiseid seadetes kirjeldatud eesmärkidel. Võite oma otsust igal ajal muuta.',
    providers: 'Vaata teenuseosutajate loetelu',
    acceptAll: 'Nõustu kõigiga',
    rejectAll: 'Keeldu kõigist',
    customise: 'Kohanda',
    continueWithoutAccepting: 'Jätka nõusolekuta',
  },
  gpc: 'Teie brauser saadab signaali Global Privacy Control: rakendasime selle, keeldudes kõigest, mis nõuab teie nõusolekut. Saate seda valikut siin muuta.',
  preferences: {
    title: 'Küpsiste seaded',
    description: 'Valige eesmärgid, millega nõustute. Võite oma otsust igal ajal muuta.',
    close: 'Sulge salvestamata',
    save: 'Salvesta minu valik',
    alwaysOn: 'Alati aktiivsed',
    requiredReason: 'Need küpsised on veebisaidi toimimiseks hädavajalikud ega vaja teie nõusolekut.',
    exemptTitle: 'Nõusolekut ei nõuta',
    exemptReason:
      'Anonüümne külastatavuse mõõtmine, mis CNILi reeglite kohaselt ei vaja nõusolekut; võite esitada selle kohta vastuväite.',
    showCookies: 'Näita küpsiseid',
    providedBy: 'Teenuseosutaja: {{provider}}',
    policy: '{{provider}} privaatsuspoliitika',
    providers: 'Teenuseosutajate loetelu',
    recordId: 'Teie valiku identifikaator: {{id}}',
  },
  status: {
    acceptedAll: 'Nõustusite kõigega. Teie valik on salvestatud.',
    rejectedAll: 'Keeldusite kõigest. Teie valik on salvestatud.',
    saved: 'Teie valik on salvestatud.',
  },
  defaults: {
    required: {
      title: 'Vajalikud küpsised',
      description: 'Need tagavad veebisaidi toimimise ja turvalisuse.',
    },
    exempt: {
      title: 'Anonüümne külastatavuse mõõtmine',
      description: 'Anonüümne külastusstatistika, mida kasutatakse ainult selle veebisaidi täiustamiseks.',
    },
  },
  trigger: 'Halda küpsiseid',
  embed: {
    text: 'Seda sisu pakub {{provider}} ({{service}}) ning selle käigus salvestatakse küpsiseid, mis vajavad teie nõusolekut.',
    allowOnce: 'Luba üks kord',
    allowAlways: 'Luba alati',
  },
  table: {
    caption: 'Sellel veebisaidil kasutatavad küpsised',
    provider: 'Teenuseosutaja',
    service: 'Teenus ja asukoht',
    name: 'Küpsise nimi',
    purpose: 'Eesmärgid',
    duration: 'Kehtivus',
    session: 'Brauseri seanss',
    ownProvider: 'See veebisait',
    ownService: 'Teie küpsiste seaded',
    ownPurpose: 'Jätab meelde külastaja valiku küpsiste kohta',
  },
} satisfies KitResource;
