import type { KitResource } from '../i18n/fr';

/** Hrvatski (Croatian). */
export const hr = {
  banner: {
    title: 'Vaš odabir u vezi s kolačićima',
    description:
      'Uz vašu privolu upotrebljavamo kolačiće u svrhe opisane u postavkama. Svoju odluku možete promijeniti u bilo kojem trenutku.',
    providers: 'Prikaži popis pružatelja',
    acceptAll: 'Prihvati sve',
    rejectAll: 'Odbij sve',
    customise: 'Prilagodi',
    continueWithoutAccepting: 'Nastavi bez privole',
  },
  gpc: 'Vaš preglednik šalje signal Global Privacy Control: primijenili smo ga tako što smo odbili sve za što je potrebna vaša privola. Taj odabir možete promijeniti ovdje.',
  preferences: {
    title: 'Postavke kolačića',
    description: 'Odaberite svrhe koje prihvaćate. Svoju odluku možete promijeniti u bilo kojem trenutku.',
    close: 'Zatvori bez spremanja',
    save: 'Spremi moj odabir',
    alwaysOn: 'Uvijek uključeni',
    requiredReason: 'Ti su kolačići nužni za rad internetskih stranica pa za njih nije potrebna vaša privola.',
    exemptTitle: 'Privola nije potrebna',
    exemptReason:
      'Anonimno mjerenje posjećenosti za koje prema pravilima CNIL-a nije potrebna privola; možete uložiti prigovor.',
    showCookies: 'Prikaži kolačiće',
    providedBy: 'Pružatelj: {{provider}}',
    policy: 'Politika privatnosti pružatelja {{provider}}',
    providers: 'Popis pružatelja',
    recordId: 'Identifikator vašeg odabira: {{id}}',
  },
  status: {
    acceptedAll: 'Sve je prihvaćeno. Vaš je odabir spremljen.',
    rejectedAll: 'Sve je odbijeno. Vaš je odabir spremljen.',
    saved: 'Vaš je odabir spremljen.',
  },
  defaults: {
    required: {
      title: 'Nužni kolačići',
      description: 'Omogućuju rad i sigurnost internetskih stranica.',
    },
    exempt: {
      title: 'Anonimno mjerenje posjećenosti',
      description: 'Anonimna statistika posjeta koja služi samo za poboljšanje ovih internetskih stranica.',
    },
  },
  trigger: 'Upravljanje kolačićima',
  embed: {
    text: 'Ovaj sadržaj pruža {{provider}} ({{service}}) i pritom postavlja kolačiće za koje je potrebna vaša privola.',
    allowOnce: 'Dopusti jednom',
    allowAlways: 'Uvijek dopusti',
  },
  table: {
    caption: 'Kolačići koji se upotrebljavaju na ovim internetskim stranicama',
    provider: 'Pružatelj',
    service: 'Usluga i lokacija',
    name: 'Naziv kolačića',
    purpose: 'Svrhe',
    duration: 'Trajanje',
    session: 'Sesija preglednika',
    ownProvider: 'Ove internetske stranice',
    ownService: 'Vaše postavke kolačića',
    ownPurpose: 'Pamti odabir korisnika u vezi s kolačićima',
  },
} satisfies KitResource;
