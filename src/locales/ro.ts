import type { KitResource } from '../i18n/fr';

/** Română (Romanian). */
export const ro = {
  banner: {
    title: 'Opțiunile dumneavoastră privind modulele cookie',
    description:
      'Cu consimțământul dumneavoastră, folosim module cookie în scopurile descrise în preferințe. Vă puteți răzgândi oricând.',
    providers: 'Vedeți lista furnizorilor',
    acceptAll: 'Acceptați toate',
    rejectAll: 'Refuzați toate',
    customise: 'Personalizați',
    continueWithoutAccepting: 'Continuați fără a accepta',
  },
  gpc: 'Browserul dumneavoastră trimite semnalul Global Privacy Control: l-am aplicat refuzând tot ce necesită consimțământul dumneavoastră. Puteți modifica această opțiune aici.',
  preferences: {
    title: 'Preferințe privind modulele cookie',
    description: 'Alegeți scopurile pe care le acceptați. Vă puteți răzgândi oricând.',
    close: 'Închideți fără a salva',
    save: 'Salvați opțiunile',
    alwaysOn: 'Întotdeauna active',
    requiredReason: 'Indispensabile site-ului, aceste module cookie nu necesită consimțământul dumneavoastră.',
    exemptTitle: 'Scutite de consimțământ',
    exemptReason:
      'Măsurarea anonimă a audienței, scutită de consimțământ conform regulilor CNIL; vă puteți opune acesteia.',
    showCookies: 'Vedeți modulele cookie',
    providedBy: 'Furnizor: {{provider}}',
    policy: 'Politica de confidențialitate a furnizorului {{provider}}',
    providers: 'Lista furnizorilor',
    recordId: 'Identificatorul opțiunii dumneavoastră: {{id}}',
  },
  status: {
    acceptedAll: 'Ați acceptat tot. Opțiunile dumneavoastră au fost salvate.',
    rejectedAll: 'Ați refuzat tot. Opțiunile dumneavoastră au fost salvate.',
    saved: 'Opțiunile dumneavoastră au fost salvate.',
  },
  defaults: {
    required: {
      title: 'Module cookie necesare',
      description: 'Permit funcționarea site-ului și asigură securitatea acestuia.',
    },
    exempt: {
      title: 'Măsurarea anonimă a audienței',
      description: 'Statistici anonime privind vizitele, folosite doar pentru îmbunătățirea acestui site.',
    },
  },
  trigger: 'Gestionați modulele cookie',
  embed: {
    text: 'Acest conținut este furnizat de {{provider}} ({{service}}), care plasează module cookie pentru care este necesar consimțământul dumneavoastră.',
    allowOnce: 'Permiteți o dată',
    allowAlways: 'Permiteți întotdeauna',
  },
  table: {
    caption: 'Module cookie utilizate pe acest site',
    provider: 'Furnizor',
    service: 'Serviciu și locație',
    name: 'Denumirea modulului cookie',
    purpose: 'Scopuri',
    duration: 'Durată',
    session: 'Sesiune de navigare',
    ownProvider: 'Acest site',
    ownService: 'Preferințele dumneavoastră privind modulele cookie',
    ownPurpose: 'Reține opțiunea vizitatorului privind modulele cookie',
  },
} satisfies KitResource;
