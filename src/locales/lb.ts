import type { DurationWords } from '../i18n/durations';
import type { KitResource } from '../i18n/fr';

/** Lëtzebuergesch (Luxembourgish). */
export const lb = {
  banner: {
    title: 'Är Wiel zu de Cookien',
    description:
      'Mat Ärer Zoustëmmung setze mir Cookien an fir d’Zwecker, déi an de Preferenze beschriwwe sinn. Dir kënnt Är Meenung jidderzäit änneren.',
    providers: 'D’Lëscht vun den Ubidder kucken',
    acceptAll: 'Alles akzeptéieren',
    rejectAll: 'Alles refuséieren',
    customise: 'Upassen',
    continueWithoutAccepting: 'Weidermaachen ouni z’akzeptéieren',
  },
  gpc: 'Äre Browser schéckt d’Signal Global Privacy Control: Mir hunn et ugewannt, andeems mir alles refuséiert hunn, wat Är Zoustëmmung brauch. Dir kënnt dës Wiel hei änneren.',
  preferences: {
    title: 'Cookie-Astellungen',
    description: 'Wielt d’Zwecker, déi Dir akzeptéiert. Dir kënnt Är Meenung jidderzäit änneren.',
    close: 'Zoumaachen ouni ze späicheren',
    save: 'Meng Wiel späicheren',
    alwaysOn: 'Ëmmer aktiv',
    requiredReason: 'Dës Cookien, déi fir de Site onerlässlech sinn, brauchen Är Zoustëmmung net.',
    exemptTitle: 'Vun der Zoustëmmung befreit',
    exemptReason:
      'Anonym Publikumsmiessung, déi d’CNIL vun der Zoustëmmung befreit huet an där Dir Iech widdersetze kënnt.',
    showCookies: 'D’Cookien uweisen',
    providedBy: 'Ubidder: {{provider}}',
    policy: 'Dateschutzerklärung vun {{provider}}',
    providers: 'Lëscht vun den Ubidder',
    recordId: 'Identifikatiounsnummer vun Ärer Wiel: {{id}}',
  },
  status: {
    acceptedAll: 'Dir hutt alles akzeptéiert. Är Wiel gouf gespäichert.',
    rejectedAll: 'Dir hutt alles refuséiert. Är Wiel gouf gespäichert.',
    saved: 'Är Wiel gouf gespäichert.',
  },
  defaults: {
    required: {
      title: 'Néideg Cookien',
      description: 'Si suergen dofir, datt de Site funktionéiert a sécher bleift.',
    },
    exempt: {
      title: 'Anonym Publikumsmiessung',
      description: 'Anonym Visiteursstatistiken, déi just dozou déngen, dëse Site ze verbesseren.',
    },
  },
  trigger: 'Meng Cookien astellen',
  embed: {
    text: 'Dësen Inhalt kënnt vun {{provider}} ({{service}}), deen Cookien asetzt, déi Är Zoustëmmung brauchen.',
    allowOnce: 'Eemol erlaben',
    allowAlways: 'Ëmmer erlaben',
  },
  table: {
    caption: 'Cookien, déi op dësem Site benotzt ginn',
    provider: 'Numm vum Ubidder',
    service: 'Service a Standuert',
    name: 'Numm vum Cookie',
    purpose: 'Zwecker',
    duration: 'Dauer',
    session: 'Browser-Sessioun',
    ownProvider: 'Dëse Site',
    ownService: 'Är Cookie-Astellungen',
    ownPurpose: 'Späichert d’Wiel vum Visiteur iwwer d’Cookien',
  },
} satisfies KitResource;

/** Durations in lb, which Chromium's Intl cannot format: CLDR 48's unit patterns and plural rule, as Node 20 has them. */
export const durations = {
  plural: (count) => (count === 1 ? 'one' : 'other'),
  units: {
    hour: { one: '{{count}} Stonn', other: '{{count}} Stonnen' },
    day: { one: '{{count}} Dag', other: '{{count}} Deeg' },
    month: { one: '{{count}} Mount', other: '{{count}} Méint' },
  },
} satisfies DurationWords;
