import type { KitResource } from '../i18n/fr';

/** Slovenščina (Slovenian). */
export const sl = {
  banner: {
    title: 'Vaša izbira glede piškotkov',
    description:
      'Z vašo privolitvijo uporabljamo piškotke za namene, opisane v nastavitvah. Svojo odločitev lahko kadar koli spremenite.',
    providers: 'Prikaži seznam ponudnikov',
    acceptAll: 'Sprejmi vse',
    rejectAll: 'Zavrni vse',
    customise: 'Prilagodi',
    continueWithoutAccepting: 'Nadaljuj brez privolitve',
  },
  gpc: 'Vaš brskalnik pošilja signal Global Privacy Control: upoštevali smo ga tako, da smo zavrnili vse, za kar je potrebna vaša privolitev. To izbiro lahko spremenite tukaj.',
  preferences: {
    title: 'Nastavitve piškotkov',
    description: 'Izberite namene, s katerimi se strinjate. Svojo odločitev lahko kadar koli spremenite.',
    close: 'Zapri brez shranjevanja',
    save: 'Shrani mojo izbiro',
    alwaysOn: 'Vedno aktivni',
    requiredReason: 'Ti piškotki so nujni za delovanje spletnega mesta, zato ne potrebujejo vaše privolitve.',
    exemptTitle: 'Privolitev ni potrebna',
    exemptReason:
      'Anonimno merjenje obiskanosti, za katero po pravilih CNIL privolitev ni potrebna; lahko mu ugovarjate.',
    showCookies: 'Prikaži piškotke',
    providedBy: 'Ponudnik: {{provider}}',
    policy: 'Politika zasebnosti ponudnika {{provider}}',
    providers: 'Seznam ponudnikov',
    recordId: 'Identifikator vaše izbire: {{id}}',
  },
  status: {
    acceptedAll: 'Vse je bilo sprejeto. Vaša izbira je shranjena.',
    rejectedAll: 'Vse je bilo zavrnjeno. Vaša izbira je shranjena.',
    saved: 'Vaša izbira je shranjena.',
  },
  defaults: {
    required: {
      title: 'Nujni piškotki',
      description: 'Omogočajo delovanje in varnost spletnega mesta.',
    },
    exempt: {
      title: 'Anonimno merjenje obiskanosti',
      description: 'Anonimna statistika obiskov, ki služi le izboljšanju tega spletnega mesta.',
    },
  },
  trigger: 'Upravljanje piškotkov',
  embed: {
    text: 'To vsebino zagotavlja {{provider}} ({{service}}), ki nastavlja piškotke, za katere je potrebna vaša privolitev.',
    allowOnce: 'Dovoli enkrat',
    allowAlways: 'Vedno dovoli',
  },
  table: {
    caption: 'Piškotki, ki se uporabljajo na tem spletnem mestu',
    provider: 'Ponudnik',
    service: 'Storitev in lokacija',
    name: 'Ime piškotka',
    purpose: 'Nameni',
    duration: 'Trajanje',
    session: 'Seja brskalnika',
    ownProvider: 'To spletno mesto',
    ownService: 'Vaše nastavitve piškotkov',
    ownPurpose: 'Hrani odločitev uporabnika glede piškotkov',
  },
} satisfies KitResource;
