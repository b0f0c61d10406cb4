import type { KitResource } from '../i18n/fr';

/** Slovenčina (Slovak). */
export const sk = {
  banner: {
    title: 'Vaše rozhodnutie o súboroch cookie',
    description:
      'S vaším súhlasom používame súbory cookie na účely opísané v predvoľbách. Svoje rozhodnutie môžete kedykoľvek zmeniť.',
    providers: 'Zobraziť zoznam poskytovateľov',
    acceptAll: 'Prijať všetko',
    rejectAll: 'Odmietnuť všetko',
    customise: 'Prispôsobiť',
    continueWithoutAccepting: 'Pokračovať bez súhlasu',
  },
  gpc: 'Váš prehliadač odosiela signál Global Privacy Control: uplatnili sme ho odmietnutím všetkého, čo si vyžaduje váš súhlas. Túto voľbu môžete zmeniť tu.',
  preferences: {
    title: 'Predvoľby súborov cookie',
    description: 'Vyberte účely, s ktorými súhlasíte. Svoje rozhodnutie môžete kedykoľvek zmeniť.',
    close: 'Zavrieť bez uloženia',
    save: 'Uložiť moju voľbu',
    alwaysOn: 'Vždy aktívne',
    requiredReason: 'Tieto súbory cookie sú pre web nevyhnutné, a preto si nevyžadujú váš súhlas.',
    exemptTitle: 'Výnimka z povinnosti súhlasu',
    exemptReason:
      'Anonymné meranie návštevnosti, ktoré podľa pravidiel CNIL nevyžaduje súhlas; môžete proti nemu namietať.',
    showCookies: 'Zobraziť súbory cookie',
    providedBy: 'Poskytovateľ: {{provider}}',
    policy: 'Zásady ochrany osobných údajov poskytovateľa {{provider}}',
    providers: 'Zoznam poskytovateľov',
    recordId: 'Identifikátor vašej voľby: {{id}}',
  },
  status: {
    acceptedAll: 'Všetko bolo prijaté. Vaša voľba bola uložená.',
    rejectedAll: 'Všetko bolo odmietnuté. Vaša voľba bola uložená.',
    saved: 'Vaša voľba bola uložená.',
  },
  defaults: {
    required: {
      title: 'Nevyhnutné súbory cookie',
      description: 'Zabezpečujú fungovanie a bezpečnosť webu.',
    },
    exempt: {
      title: 'Anonymné meranie návštevnosti',
      description: 'Anonymné štatistiky návštevnosti, ktoré slúžia len na zlepšenie tohto webu.',
    },
  },
  trigger: 'Spravovať súbory cookie',
  embed: {
    text: 'Tento obsah poskytuje {{provider}} ({{service}}) a ukladá pritom súbory cookie, ktoré si vyžadujú váš súhlas.',
    allowOnce: 'Povoliť raz',
    allowAlways: 'Vždy povoliť',
  },
  table: {
    caption: 'Súbory cookie používané na tomto webe',
    provider: 'Poskytovateľ',
    service: 'Služba a umiestnenie',
    name: 'Názov súboru cookie',
    purpose: 'Účely',
    duration: 'Doba platnosti',
    session: 'Relácia prehliadača',
    ownProvider: 'Tento web',
    ownService: 'Vaše predvoľby súborov cookie',
    ownPurpose: 'Uchováva voľbu používateľa týkajúcu sa súborov cookie',
  },
} satisfies KitResource;
