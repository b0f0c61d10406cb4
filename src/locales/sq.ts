import type { DurationWords } from '../i18n/durations';
import type { KitResource } from '../i18n/fr';

/** Shqip (Albanian). */
export const sq = {
  banner: {
    title: 'Zgjedhjet tuaja për cookie-t',
    description:
      'Me pëlqimin tuaj, përdorim cookie për qëllimet e përshkruara te preferencat. Mund të ndërroni mendje në çdo kohë.',
    providers: 'Shih listën e ofruesve',
    acceptAll: 'Prano të gjitha',
    rejectAll: 'Refuzo të gjitha',
    customise: 'Personalizo',
    continueWithoutAccepting: 'Vazhdo pa pranuar',
  },
  gpc: 'Shfletuesi juaj dërgon sinjalin Global Privacy Control: e kemi zbatuar duke refuzuar gjithçka që kërkon pëlqimin tuaj. Këtë zgjedhje mund ta ndryshoni këtu.',
  preferences: {
    title: 'Preferencat për cookie-t',
    description: 'Zgjidhni qëllimet që pranoni. Mund të ndërroni mendje në çdo kohë.',
    close: 'Mbyll pa ruajtur',
    save: 'Ruaj zgjedhjet e mia',
    alwaysOn: 'Gjithmonë aktive',
    requiredReason: 'Këto cookie janë të domosdoshme për faqen e internetit dhe nuk kërkojnë pëlqimin tuaj.',
    exemptTitle: 'Të përjashtuara nga pëlqimi',
    exemptReason:
      'Matje anonime e audiencës, e përjashtuar nga pëlqimi sipas rregullave të CNIL-it. Mund ta kundërshtoni.',
    showCookies: 'Shih cookie-t',
    providedBy: 'Ofruesi: {{provider}}',
    policy: 'Politika e privatësisë e {{provider}}',
    providers: 'Lista e ofruesve',
    recordId: 'Identifikuesi i zgjedhjes suaj: {{id}}',
  },
  status: {
    acceptedAll: 'I pranuat të gjitha. Zgjedhjet tuaja u ruajtën.',
    rejectedAll: 'I refuzuat të gjitha. Zgjedhjet tuaja u ruajtën.',
    saved: 'Zgjedhjet tuaja u ruajtën.',
  },
  defaults: {
    required: {
      title: 'Cookie të domosdoshme',
      description: 'Ato mundësojnë funksionimin e faqes së internetit dhe sigurinë e saj.',
    },
    exempt: {
      title: 'Matje anonime e audiencës',
      description: 'Statistika anonime të vizitave, që përdoren vetëm për të përmirësuar këtë faqe interneti.',
    },
  },
  trigger: 'Menaxho cookie-t e mia',
  embed: {
    text: 'Kjo përmbajtje ofrohet nga {{provider}} ({{service}}), i cili vendos cookie që kërkojnë pëlqimin tuaj.',
    allowOnce: 'Lejo një herë',
    allowAlways: 'Lejo gjithmonë',
  },
  table: {
    caption: 'Cookie-t e përdorura në këtë faqe interneti',
    provider: 'Emri i ofruesit',
    service: 'Shërbimi dhe vendndodhja',
    name: 'Emri i cookie-t',
    purpose: 'Qëllimet',
    duration: 'Kohëzgjatja',
    session: 'Sesioni i shfletuesit',
    ownProvider: 'Kjo faqe interneti',
    ownService: 'Preferencat tuaja për cookie-t',
    ownPurpose: 'Mban mend zgjedhjen e vizitorit për cookie-t',
  },
} satisfies KitResource;

/** Durations in sq, which Chromium's Intl cannot format: CLDR 48's unit patterns and plural rule, as Node 20 has them. */
export const durations = {
  plural: (count) => (count === 1 ? 'one' : 'other'),
  units: {
    hour: { one: '{{count}} orë', other: '{{count}} orë' },
    day: { one: '{{count}} ditë', other: '{{count}} ditë' },
    month: { one: '{{count}} muaj', other: '{{count}} muaj' },
  },
} satisfies DurationWords;
