import type { DurationWords } from '../i18n/durations';
import type { KitResource } from '../i18n/fr';

/** Brezhoneg (Breton). */
export const br = {
  banner: {
    title: 'Ho tibaboù a-fet toupinoù',
    description:
      'Gant hoc’h asant e implijomp toupinoù evit ar palioù displeget er gwellvezioù. Gallout a rit cheñch ho soñj forzh pegoulz.',
    providers: 'Gwelet roll ar pourchaserien',
    acceptAll: 'Degemer pep tra',
    rejectAll: 'Nac’hañ pep tra',
    customise: 'Personelaat',
    continueWithoutAccepting: 'Kenderc’hel hep asantiñ',
  },
  gpc: 'Ho merdeer a gas ar sinal Global Privacy Control\u00a0: heuliet hon eus anezhañ en ur nac’hañ kement tra a c’houlenn hoc’h asant. Gallout a rit cheñch an dibab-se amañ.',
  preferences: {
    title: 'Gwellvezioù an toupinoù',
    description: 'Dibabit ar palioù a asantit dezho. Gallout a rit cheñch ho soñj forzh pegoulz.',
    close: 'Serriñ hep enrollañ',
    save: 'Enrollañ ma dibaboù',
    alwaysOn: 'Gweredekaet bepred',
    requiredReason: 'Ret-holl eo an toupinoù-mañ d’al lec’hienn ha n’o deus ket ezhomm eus hoc’h asant.',
    exemptTitle: 'Asant ebet rekis',
    exemptReason:
      'Muzuliañ dizanv ar gweladennoù, hep asant rekis hervez reolennoù ar CNIL. Gallout a rit en em enebiñ outañ.',
    showCookies: 'Gwelet an toupinoù',
    providedBy: 'Pourchaser\u00a0: {{provider}}',
    policy: 'Reolennoù buhez prevez {{provider}}',
    providers: 'Roll ar pourchaserien',
    recordId: 'Anaouder ho tibab\u00a0: {{id}}',
  },
  status: {
    acceptedAll: 'Degemeret hoc’h eus pep tra. Enrollet eo bet ho tibaboù.',
    rejectedAll: 'Nac’het hoc’h eus pep tra. Enrollet eo bet ho tibaboù.',
    saved: 'Enrollet eo bet ho tibaboù.',
  },
  defaults: {
    required: {
      title: 'Toupinoù ret',
      description: 'Talvezout a reont da lakaat al lec’hienn da vont en-dro ha da ziogeliñ anezhi.',
    },
    exempt: {
      title: 'Muzuliañ dizanv ar gweladennoù',
      description: 'Stadegoù dizanv diwar-benn ar gweladennoù, implijet hepken evit gwellaat al lec’hienn-mañ.',
    },
  },
  trigger: 'Merañ ma zoupinoù',
  embed: {
    text: 'Pourchaset eo an endalc’had-mañ gant {{provider}} ({{service}}), a laka toupinoù a c’houlenn hoc’h asant.',
    allowOnce: 'Aotren ur wech',
    allowAlways: 'Aotren bepred',
  },
  table: {
    caption: 'Toupinoù implijet war al lec’hienn-mañ',
    provider: 'Anv ar pourchaser',
    service: 'Servij ha lec’hiadur',
    name: 'Anv an toupin',
    purpose: 'Palioù',
    duration: 'Padelezh',
    session: 'Dalc’h merdeiñ',
    ownProvider: 'Al lec’hienn-mañ',
    ownService: 'Ho tibaboù a-fet toupinoù',
    ownPurpose: 'Derc’hel a ra soñj eus dibab ar gweladenner diwar-benn an toupinoù',
  },
} satisfies KitResource;

/** Durations in br, which Chromium's Intl cannot format: CLDR 48's unit patterns and plural rule, as Node 20 has them. */
export const durations = {
  plural: (count) => {
    const [ten, hundred] = [count % 10, count % 100];
    if (ten === 1 && ![11, 71, 91].includes(hundred)) return 'one';
    if (ten === 2 && ![12, 72, 92].includes(hundred)) return 'two';
    if ([3, 4, 9].includes(ten) && ![1, 7, 9].includes(Math.floor(hundred / 10))) return 'few';
    return count !== 0 && count % 1_000_000 === 0 ? 'many' : 'other';
  },
  units: {
    hour: {
      few: '{{count}} eur',
      many: '{{count}} a eurioù',
      one: '{{count}} eur',
      two: '{{count}} eur',
      other: '{{count}} eur',
    },
    day: {
      few: '{{count}} deiz',
      many: '{{count}} a zeizioù',
      one: '{{count}} deiz',
      two: '{{count}} zeiz',
      other: '{{count}} deiz',
    },
    month: {
      few: '{{count}} miz',
      many: '{{count}} a vizioù',
      one: '{{count}} miz',
      two: '{{count}} viz',
      other: '{{count}} miz',
    },
  },
} satisfies DurationWords;
