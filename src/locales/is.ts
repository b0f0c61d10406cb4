import type { DurationWords } from '../i18n/durations';
import type { KitResource } from '../i18n/fr';

/** Íslenska (Icelandic). */
export const is = {
  banner: {
    title: 'Val þitt um vafrakökur',
    description:
      'Með samþykki þínu notum við vafrakökur í þeim tilgangi sem lýst er í stillingunum. Þú getur skipt um skoðun hvenær sem er.',
    providers: 'Skoða lista yfir þjónustuveitendur',
    acceptAll: 'Samþykkja allt',
    rejectAll: 'Hafna öllu',
    customise: 'Sérsníða',
    continueWithoutAccepting: 'Halda áfram án samþykkis',
  },
  gpc: 'Vafrinn þinn sendir merkið Global Privacy Control: við höfum farið eftir því og hafnað öllu sem krefst samþykkis þíns. Þú getur breytt þessu vali hér.',
  preferences: {
    title: 'Stillingar fyrir vafrakökur',
    description: 'Veldu í hvaða tilgangi þú veitir samþykki. Þú getur skipt um skoðun hvenær sem er.',
    close: 'Loka án þess að vista',
    save: 'Vista valið mitt',
    alwaysOn: 'Alltaf virkar',
    requiredReason: 'Þessar vafrakökur eru nauðsynlegar fyrir vefinn og krefjast ekki samþykkis þíns.',
    exemptTitle: 'Undanþegnar samþykki',
    exemptReason: 'Nafnlaus aðsóknarmæling, undanþegin samþykki samkvæmt reglum CNIL. Þú getur andmælt henni.',
    showCookies: 'Sjá vafrakökurnar',
    providedBy: 'Þjónustuveitandi: {{provider}}',
    policy: 'Persónuverndarstefna {{provider}}',
    providers: 'Listi yfir þjónustuveitendur',
    recordId: 'Auðkenni vals þíns: {{id}}',
  },
  status: {
    acceptedAll: 'Þú samþykktir allt. Val þitt hefur verið vistað.',
    rejectedAll: 'Þú hafnaðir öllu. Val þitt hefur verið vistað.',
    saved: 'Val þitt hefur verið vistað.',
  },
  defaults: {
    required: {
      title: 'Nauðsynlegar vafrakökur',
      description: 'Þær gera vefnum kleift að virka og tryggja öryggi hans.',
    },
    exempt: {
      title: 'Nafnlaus aðsóknarmæling',
      description: 'Nafnlausar heimsóknartölur sem eingöngu eru notaðar til að bæta þennan vef.',
    },
  },
  trigger: 'Stjórna vafrakökum',
  embed: {
    text: 'Þetta efni kemur frá {{provider}} ({{service}}), sem setur vafrakökur sem krefjast samþykkis þíns.',
    allowOnce: 'Leyfa einu sinni',
    allowAlways: 'Leyfa alltaf',
  },
  table: {
    caption: 'Vafrakökur sem notaðar eru á þessum vef',
    provider: 'Heiti þjónustuveitanda',
    service: 'Þjónusta og staðsetning',
    name: 'Heiti vafraköku',
    purpose: 'Tilgangur',
    duration: 'Gildistími',
    session: 'Vafralota',
    ownProvider: 'Þessi vefur',
    ownService: 'Val þitt um vafrakökur',
    ownPurpose: 'Man val gestsins um vafrakökur',
  },
} satisfies KitResource;

/** Durations in is, which Chromium's Intl cannot format: CLDR 48's unit patterns and plural rule, as Node 20 has them. */
export const durations = {
  plural: (count) => (count % 10 === 1 && count % 100 !== 11 ? 'one' : 'other'),
  units: {
    hour: { one: '{{count}} klukkustund', other: '{{count}} klukkustundir' },
    day: { one: '{{count}} dagur', other: '{{count}} dagar' },
    month: { one: '{{count}} mánuður', other: '{{count}} mánuðir' },
  },
} satisfies DurationWords;
