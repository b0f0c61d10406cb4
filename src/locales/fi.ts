import type { KitResource } from '../i18n/fr';

/** Suomi (Finnish). */
export const fi = {
  banner: {
    title: 'Evästevalinnat',
    description:
      'Käytämme evästeitä suostumuksen perusteella asetuksissa kuvattuihin käyttötarkoituksiin. Valintaa voi muuttaa milloin tahansa.',
    providers: 'Näytä palveluntarjoajat',
    acceptAll: 'Hyväksy kaikki',
    rejectAll: 'Hylkää kaikki',
    customise: 'Mukauta',
    continueWithoutAccepting: 'Jatka hyväksymättä',
  },
  gpc: 'Selain lähettää Global Privacy Control -signaalin: se on otettu huomioon hylkäämällä kaikki, mikä edellyttää suostumusta. Valintaa voi muuttaa tässä.',
  preferences: {
    title: 'Evästeasetukset',
    description: 'Valitse hyväksyttävät käyttötarkoitukset. Valintaa voi muuttaa milloin tahansa.',
    close: 'Sulje tallentamatta',
    save: 'Tallenna valinnat',
    alwaysOn: 'Aina käytössä',
    requiredReason: 'Nämä evästeet ovat sivuston toiminnan kannalta välttämättömiä, eivätkä ne edellytä suostumusta.',
    exemptTitle: 'Ei edellytä suostumusta',
    exemptReason: 'Anonyymi kävijämittaus, joka ei CNIL:n sääntöjen mukaan edellytä suostumusta; sitä voi vastustaa.',
    showCookies: 'Näytä evästeet',
    providedBy: 'Palveluntarjoaja: {{provider}}',
    policy: 'Palveluntarjoajan {{provider}} tietosuojaseloste',
    providers: 'Luettelo palveluntarjoajista',
    recordId: 'Valinnan tunniste: {{id}}',
  },
  status: {
    acceptedAll: 'Kaikki hyväksytty. Valinnat on tallennettu.',
    rejectedAll: 'Kaikki hylätty. Valinnat on tallennettu.',
    saved: 'Valinnat on tallennettu.',
  },
  defaults: {
    required: {
      title: 'Välttämättömät evästeet',
      description: 'Ne mahdollistavat sivuston toiminnan ja tietoturvan.',
    },
    exempt: {
      title: 'Anonyymi kävijämittaus',
      description: 'Anonyymiä kävijätilastoa, jota käytetään vain tämän sivuston parantamiseen.',
    },
  },
  trigger: 'Hallinnoi evästeitä',
  embed: {
    text: 'Tämän sisällön tarjoaa {{provider}} ({{service}}), joka asettaa suostumusta edellyttäviä evästeitä.',
    allowOnce: 'Salli kerran',
    allowAlways: 'Salli aina',
  },
  table: {
    caption: 'Tällä sivustolla käytettävät evästeet',
    provider: 'Palveluntarjoaja',
    service: 'Palvelu ja sijainti',
    name: 'Evästeen nimi',
    purpose: 'Käyttötarkoitukset',
    duration: 'Voimassaoloaika',
    session: 'Selainistunto',
    ownProvider: 'Tämä sivusto',
    ownService: 'Evästevalinnat',
    ownPurpose: 'Muistaa kävijän evästevalinnan',
  },
} satisfies KitResource;
