import type { KitResource } from '../i18n/fr';

/** Malti (Maltese). */
export const mt = {
  banner: {
    title: 'L-għażliet tiegħek dwar il-cookies',
    description:
      'Bil-kunsens tiegħek, nużaw cookies għall-iskopijiet deskritti fil-preferenzi. Tista’ tbiddel fehmtek fi kwalunkwe ħin.',
    providers: 'Ara l-lista tal-fornituri',
    acceptAll: 'Aċċetta kollox',
    rejectAll: 'Irrifjuta kollox',
    customise: 'Ippersonalizza',
    continueWithoutAccepting: 'Kompli mingħajr ma taċċetta',
  },
  gpc: 'Il-brawżer tiegħek jibgħat is-sinjal Global Privacy Control: applikajnieh billi rrifjutajna dak kollu li jeħtieġ il-kunsens tiegħek. Tista’ tibdel din l-għażla hawnhekk.',
  preferences: {
    title: 'Preferenzi dwar il-cookies',
    description: 'Agħżel l-iskopijiet li taċċetta. Tista’ tbiddel fehmtek fi kwalunkwe ħin.',
    close: 'Agħlaq mingħajr ma tissejvja',
    save: 'Issejvja l-għażliet tiegħi',
    alwaysOn: 'Dejjem attivi',
    requiredReason: 'Dawn il-cookies huma essenzjali għas-sit web u ma jeħtiġux il-kunsens tiegħek.',
    exemptTitle: 'Eżentati mill-kunsens',
    exemptReason: 'Kejl anonimu tal-udjenza, eżentat mill-kunsens skont ir-regoli ta’ CNIL; tista’ toġġezzjona għalih.',
    showCookies: 'Ara l-cookies',
    providedBy: 'Fornitur: {{provider}}',
    policy: 'Il-politika tal-privatezza ta’ {{provider}}',
    providers: 'Lista tal-fornituri',
    recordId: 'L-identifikatur tal-għażla tiegħek: {{id}}',
  },
  status: {
    acceptedAll: 'Aċċettajt kollox. L-għażliet tiegħek ġew issejvjati.',
    rejectedAll: 'Irrifjutajt kollox. L-għażliet tiegħek ġew issejvjati.',
    saved: 'L-għażliet tiegħek ġew issejvjati.',
  },
  defaults: {
    required: {
      title: 'Cookies meħtieġa',
      description: 'Jippermettu li s-sit web jaħdem u jibqa’ sigur.',
    },
    exempt: {
      title: 'Kejl anonimu tal-udjenza',
      description: 'Statistika anonima tal-viżti, użata biss biex jittejjeb dan is-sit web.',
    },
  },
  trigger: 'Immaniġġja l-cookies',
  embed: {
    text: 'Dan il-kontenut huwa pprovdut minn {{provider}} ({{service}}), li jistabbilixxi cookies li jeħtieġu l-kunsens tiegħek.',
    allowOnce: 'Ippermetti darba',
    allowAlways: 'Dejjem ippermetti',
  },
  table: {
    caption: 'Cookies użati f’dan is-sit web',
    provider: 'Fornitur',
    service: 'Servizz u post',
    name: 'Isem il-cookie',
    purpose: 'Skopijiet',
    duration: 'Tul ta’ żmien',
    session: 'Sessjoni tal-brawżer',
    ownProvider: 'Dan is-sit web',
    ownService: 'Il-preferenzi tiegħek dwar il-cookies',
    ownPurpose: 'Jiftakar l-għażla tal-viżitatur dwar il-cookies',
  },
} satisfies KitResource;
