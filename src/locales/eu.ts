import type { DurationWords } from '../i18n/durations';
import type { KitResource } from '../i18n/fr';

/** Euskara (Basque). */
export const eu = {
  banner: {
    title: 'Cookieei buruzko zure aukerak',
    description:
      'Zure baimenarekin, cookieak erabiltzen ditugu hobespenetan azaldutako helburuetarako. Edozein unetan alda dezakezu iritziz.',
    providers: 'Ikusi hornitzaileen zerrenda',
    acceptAll: 'Onartu guztiak',
    rejectAll: 'Baztertu guztiak',
    customise: 'Pertsonalizatu',
    continueWithoutAccepting: 'Jarraitu onartu gabe',
  },
  gpc: 'Zure nabigatzaileak Global Privacy Control seinalea bidaltzen du: aplikatu egin dugu, zure baimena behar duen guztia baztertuta. Aukera hori hemen alda dezakezu.',
  preferences: {
    title: 'Cookie-hobespenak',
    description: 'Aukeratu onartzen dituzun helburuak. Edozein unetan alda dezakezu iritziz.',
    close: 'Itxi gorde gabe',
    save: 'Gorde nire aukerak',
    alwaysOn: 'Beti aktibo',
    requiredReason: 'Webgunearentzat ezinbestekoak direnez, cookie hauek ez dute zure baimenik behar.',
    exemptTitle: 'Baimenetik salbuetsiak',
    exemptReason:
      'Audientzia-neurketa anonimoa, CNILen arauen arabera baimenetik salbuetsia; haren aurka egin dezakezu.',
    showCookies: 'Ikusi cookieak',
    providedBy: 'Hornitzailea: {{provider}}',
    policy: '{{provider}} hornitzailearen pribatutasun-politika',
    providers: 'Hornitzaileen zerrenda',
    recordId: 'Zure aukeraren identifikatzailea: {{id}}',
  },
  status: {
    acceptedAll: 'Dena onartu duzu. Zure aukerak gorde dira.',
    rejectedAll: 'Dena baztertu duzu. Zure aukerak gorde dira.',
    saved: 'Zure aukerak gorde dira.',
  },
  defaults: {
    required: {
      title: 'Beharrezko cookieak',
      description: 'Webguneak funtziona dezan eta haren segurtasuna bermatzeko balio dute.',
    },
    exempt: {
      title: 'Audientzia-neurketa anonimoa',
      description: 'Bisiten estatistika anonimoak, webgune hau hobetzeko soilik erabiltzen direnak.',
    },
  },
  trigger: 'Kudeatu nire cookieak',
  embed: {
    text: 'Eduki hau {{provider}} hornitzaileak ({{service}}) ematen du, eta zure baimena behar duten cookieak ezartzen ditu.',
    allowOnce: 'Baimendu behin',
    allowAlways: 'Baimendu beti',
  },
  table: {
    caption: 'Webgune honetan erabiltzen diren cookieak',
    provider: 'Hornitzailearen izena',
    service: 'Zerbitzua eta kokapena',
    name: 'Cookiearen izena',
    purpose: 'Helburuak',
    duration: 'Iraupena',
    session: 'Saioa',
    ownProvider: 'Webgune hau',
    ownService: 'Cookieei buruzko zure hobespenak',
    ownPurpose: 'Bisitariak cookieei buruz egindako aukera gogoratzen du',
  },
} satisfies KitResource;

/** Durations in eu, which Chromium's Intl cannot format: CLDR 48's unit patterns and plural rule, as Node 20 has them. */
export const durations = {
  plural: (count) => (count === 1 ? 'one' : 'other'),
  units: {
    hour: { one: '{{count}} ordu', other: '{{count}} ordu' },
    day: { one: '{{count}} egun', other: '{{count}} egun' },
    month: { one: '{{count}} hilabete', other: '{{count}} hilabete' },
  },
} satisfies DurationWords;
