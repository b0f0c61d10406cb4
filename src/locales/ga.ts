import type { KitResource } from '../i18n/fr';

/** Gaeilge (Irish). */
export const ga = {
  banner: {
    title: 'Do roghanna maidir le fianáin',
    description:
      'Le do thoiliú, úsáidimid fianáin chun na gcríoch a bhfuil cur síos orthu sna socruithe. Is féidir leat d’intinn a athrú am ar bith.',
    providers: 'Féach ar liosta na soláthraithe',
    acceptAll: 'Glac le gach fianán',
    rejectAll: 'Diúltaigh do gach fianán',
    customise: 'Saincheap',
    continueWithoutAccepting: 'Lean ar aghaidh gan toiliú',
  },
  gpc: 'Seolann do bhrabhsálaí an comhartha Global Privacy Control: chuireamar i bhfeidhm é trí dhiúltú do gach rud a bhfuil do thoiliú ag teastáil dó. Is féidir leat an rogha seo a athrú anseo.',
  preferences: {
    title: 'Socruithe fianán',
    description: 'Roghnaigh na críocha a nglacann tú leo. Is féidir leat d’intinn a athrú am ar bith.',
    close: 'Dún gan sábháil',
    save: 'Sábháil mo roghanna',
    alwaysOn: 'Gníomhach i gcónaí',
    requiredReason: 'Tá na fianáin seo riachtanach don suíomh gréasáin agus ní gá do thoiliú a fháil ina leith.',
    exemptTitle: 'Díolmhaithe ó thoiliú',
    exemptReason:
      'Tomhas anaithnid ar líon na gcuairteoirí, atá díolmhaithe ó thoiliú faoi rialacha CNIL; is féidir leat agóid a dhéanamh ina choinne.',
    showCookies: 'Féach ar na fianáin',
    providedBy: 'Soláthraí: {{provider}}',
    policy: 'Beartas príobháideachais {{provider}}',
    providers: 'Liosta na soláthraithe',
    recordId: 'Aitheantóir do rogha: {{id}}',
  },
  status: {
    acceptedAll: 'Ghlac tú le gach rud. Sábháladh do roghanna.',
    rejectedAll: 'Dhiúltaigh tú do gach rud. Sábháladh do roghanna.',
    saved: 'Sábháladh do roghanna.',
  },
  defaults: {
    required: {
      title: 'Fianáin riachtanacha',
      description: 'Cinntíonn siad go n-oibríonn an suíomh gréasáin agus go bhfuil sé slán.',
    },
    exempt: {
      title: 'Tomhas anaithnid ar líon na gcuairteoirí',
      description: 'Staitisticí anaithnide ar chuairteanna, nach n-úsáidtear ach chun an suíomh seo a fheabhsú.',
    },
  },
  trigger: 'Bainistigh fianáin',
  embed: {
    text: 'Soláthraíonn {{provider}} ({{service}}) an t-ábhar seo, agus socraíonn sé fianáin nach féidir a úsáid gan do thoiliú.',
    allowOnce: 'Ceadaigh uair amháin',
    allowAlways: 'Ceadaigh i gcónaí',
  },
  table: {
    caption: 'Fianáin a úsáidtear ar an suíomh seo',
    provider: 'Soláthraí',
    service: 'Seirbhís agus láthair',
    name: 'Ainm an fhianáin',
    purpose: 'Críocha',
    duration: 'Fad',
    session: 'Seisiún brabhsála',
    ownProvider: 'An suíomh seo',
    ownService: 'Do shocruithe fianán',
    ownPurpose: 'Cuimhníonn sé ar rogha an chuairteora maidir le fianáin',
  },
} satisfies KitResource;
