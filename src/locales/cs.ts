import type { KitResource } from '../i18n/fr';

/** Čeština (Czech). */
export const cs = {
  banner: {
    title: 'Vaše volba ohledně souborů cookie',
    description:
      'S vaším souhlasem používáme soubory cookie pro účely popsané v předvolbách. Své rozhodnutí můžete kdykoli změnit.',
    providers: 'Zobrazit seznam poskytovatelů',
    acceptAll: 'Přijmout vše',
    rejectAll: 'Odmítnout vše',
    customise: 'Přizpůsobit',
    continueWithoutAccepting: 'Pokračovat bez souhlasu',
  },
  gpc: 'Váš prohlížeč odesílá signál Global Privacy Control: uplatnili jsme jej odmítnutím všeho, co vyžaduje váš souhlas. Tuto volbu můžete změnit zde.',
  preferences: {
    title: 'Předvolby souborů cookie',
    description: 'Vyberte účely, se kterými souhlasíte. Své rozhodnutí můžete kdykoli změnit.',
    close: 'Zavřít bez uložení',
    save: 'Uložit mou volbu',
    alwaysOn: 'Vždy aktivní',
    requiredReason: 'Tyto soubory cookie jsou pro web nezbytné, a proto nevyžadují váš souhlas.',
    exemptTitle: 'Výjimka z povinnosti souhlasu',
    exemptReason:
      'Anonymní měření návštěvnosti, které podle pravidel CNIL nevyžaduje souhlas; můžete proti němu vznést námitku.',
    showCookies: 'Zobrazit soubory cookie',
    providedBy: 'Poskytovatel: {{provider}}',
    policy: 'Zásady ochrany osobních údajů poskytovatele {{provider}}',
    providers: 'Seznam poskytovatelů',
    recordId: 'Identifikátor vaší volby: {{id}}',
  },
  status: {
    acceptedAll: 'Vše bylo přijato. Vaše volba byla uložena.',
    rejectedAll: 'Vše bylo odmítnuto. Vaše volba byla uložena.',
    saved: 'Vaše volba byla uložena.',
  },
  defaults: {
    required: {
      title: 'Nezbytné soubory cookie',
      description: 'Zajišťují fungování a zabezpečení webu.',
    },
    exempt: {
      title: 'Anonymní měření návštěvnosti',
      description: 'Anonymní statistiky návštěvnosti, které slouží pouze ke zlepšení tohoto webu.',
    },
  },
  trigger: 'Spravovat soubory cookie',
  embed: {
    text: 'Tento obsah poskytuje {{provider}} ({{service}}) a ukládá při tom soubory cookie, které vyžadují váš souhlas.',
    allowOnce: 'Povolit jednou',
    allowAlways: 'Vždy povolit',
  },
  table: {
    caption: 'Soubory cookie používané na tomto webu',
    provider: 'Poskytovatel',
    service: 'Služba a umístění',
    name: 'Název souboru cookie',
    purpose: 'Účely',
    duration: 'Doba platnosti',
    session: 'Relace prohlížeče',
    ownProvider: 'Tento web',
    ownService: 'Vaše předvolby souborů cookie',
    ownPurpose: 'Uchovává volbu uživatele týkající se souborů cookie',
  },
} satisfies KitResource;
