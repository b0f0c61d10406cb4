import type { KitResource } from '../i18n/fr';

/** Latviešu (Latvian). */
export const lv = {
  banner: {
    title: 'Jūsu izvēle par sīkdatnēm',
    description:
      'Ar Jūsu piekrišanu mēs izmantojam sīkdatnes iestatījumos aprakstītajiem nolūkiem. Savu lēmumu varat mainīt jebkurā laikā.',
    providers: 'Skatīt pakalpojumu sniedzēju sarakstu',
    acceptAll: 'Pieņemt visas',
    rejectAll: 'Noraidīt visas',
    customise: 'Pielāgot',
    continueWithoutAccepting: 'Turpināt bez piekrišanas',
  },
  gpc: 'Jūsu pārlūkprogramma sūta signālu Global Privacy Control: mēs to piemērojām, noraidot visu, kam nepieciešama Jūsu piekrišana. Šo izvēli varat mainīt šeit.',
  preferences: {
    title: 'Sīkdatņu iestatījumi',
    description: 'Izvēlieties nolūkus, kuriem piekrītat. Savu lēmumu varat mainīt jebkurā laikā.',
    close: 'Aizvērt, nesaglabājot',
    save: 'Saglabāt manu izvēli',
    alwaysOn: 'Vienmēr aktīvas',
    requiredReason: 'Šīs sīkdatnes ir nepieciešamas vietnes darbībai, tāpēc Jūsu piekrišana nav vajadzīga.',
    exemptTitle: 'Piekrišana nav nepieciešama',
    exemptReason:
      'Anonīma apmeklētības mērīšana, kurai saskaņā ar CNIL noteikumiem piekrišana nav nepieciešama; Jūs varat iebilst.',
    showCookies: 'Skatīt sīkdatnes',
    providedBy: 'Pakalpojumu sniedzējs: {{provider}}',
    policy: '{{provider}} privātuma politika',
    providers: 'Pakalpojumu sniedzēju saraksts',
    recordId: 'Jūsu izvēles identifikators: {{id}}',
  },
  status: {
    acceptedAll: 'Viss ir pieņemts. Jūsu izvēle ir saglabāta.',
    rejectedAll: 'Viss ir noraidīts. Jūsu izvēle ir saglabāta.',
    saved: 'Jūsu izvēle ir saglabāta.',
  },
  defaults: {
    required: {
      title: 'Nepieciešamās sīkdatnes',
      description: 'Tās nodrošina vietnes darbību un drošību.',
    },
    exempt: {
      title: 'Anonīma apmeklētības mērīšana',
      description: 'Anonīma apmeklējumu statistika, ko izmanto tikai šīs vietnes uzlabošanai.',
    },
  },
  trigger: 'Pārvaldīt sīkdatnes',
  embed: {
    text: 'Šo saturu nodrošina {{provider}} ({{service}}), kas izvieto sīkdatnes, kurām nepieciešama Jūsu piekrišana.',
    allowOnce: 'Atļaut vienreiz',
    allowAlways: 'Vienmēr atļaut',
  },
  table: {
    caption: 'Šajā vietnē izmantotās sīkdatnes',
    provider: 'Pakalpojumu sniedzējs',
    service: 'Pakalpojums un atrašanās vieta',
    name: 'Sīkdatnes nosaukums',
    purpose: 'Nolūki',
    duration: 'Glabāšanas laiks',
    session: 'Pārlūkošanas sesija',
    ownProvider: 'Šī vietne',
    ownService: 'Jūsu sīkdatņu iestatījumi',
    ownPurpose: 'Atceras apmeklētāja izvēli par sīkdatnēm',
  },
} satisfies KitResource;
