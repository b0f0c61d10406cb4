import type { KitResource } from '../i18n/fr';

/** Lietuvių (Lithuanian). */
export const lt = {
  banner: {
    title: 'Jūsų sprendimas dėl slapukų',
    description:
      'Jūsų sutikimu naudojame slapukus nuostatose aprašytais tikslais. Savo sprendimą galite bet kada pakeisti.',
    providers: 'Rodyti teikėjų sąrašą',
    acceptAll: 'Priimti visus',
    rejectAll: 'Atmesti visus',
    customise: 'Tinkinti',
    continueWithoutAccepting: 'Tęsti nesutikus',
  },
  gpc: 'Jūsų naršyklė siunčia signalą „Global Privacy Control“: jį pritaikėme atmesdami viską, kam reikia jūsų sutikimo. Šį pasirinkimą galite pakeisti čia.',
  preferences: {
    title: 'Slapukų nuostatos',
    description: 'Pasirinkite tikslus, kuriems duodate sutikimą. Savo sprendimą galite bet kada pakeisti.',
    close: 'Uždaryti neišsaugojus',
    save: 'Išsaugoti mano pasirinkimą',
    alwaysOn: 'Visada aktyvūs',
    requiredReason: 'Šie slapukai būtini svetainei veikti, todėl jūsų sutikimo nereikia.',
    exemptTitle: 'Sutikimo nereikia',
    exemptReason:
      'Anoniminis lankomumo matavimas, kuriam pagal CNIL taisykles sutikimo nereikia; galite pareikšti nesutikimą.',
    showCookies: 'Rodyti slapukus',
    providedBy: 'Teikėjas: {{provider}}',
    policy: '{{provider}} privatumo politika',
    providers: 'Teikėjų sąrašas',
    recordId: 'Jūsų pasirinkimo identifikatorius: {{id}}',
  },
  status: {
    acceptedAll: 'Viskas priimta. Jūsų pasirinkimas išsaugotas.',
    rejectedAll: 'Viskas atmesta. Jūsų pasirinkimas išsaugotas.',
    saved: 'Jūsų pasirinkimas išsaugotas.',
  },
  defaults: {
    required: {
      title: 'Būtinieji slapukai',
      description: 'Jie užtikrina svetainės veikimą ir saugumą.',
    },
    exempt: {
      title: 'Anoniminis lankomumo matavimas',
      description: 'Anoniminė lankomumo statistika, naudojama tik šiai svetainei tobulinti.',
    },
  },
  trigger: 'Tvarkyti slapukus',
  embed: {
    text: 'Šį turinį teikia {{provider}} ({{service}}), o tam naudojami slapukai, kuriems reikia jūsų sutikimo.',
    allowOnce: 'Leisti vieną kartą',
    allowAlways: 'Visada leisti',
  },
  table: {
    caption: 'Šioje svetainėje naudojami slapukai',
    provider: 'Teikėjas',
    service: 'Paslauga ir vieta',
    name: 'Slapuko pavadinimas',
    purpose: 'Tikslai',
    duration: 'Galiojimo laikas',
    session: 'Naršymo seansas',
    ownProvider: 'Ši svetainė',
    ownService: 'Jūsų slapukų nuostatos',
    ownPurpose: 'Įsimena lankytojo pasirinkimą dėl slapukų',
  },
} satisfies KitResource;
