import type { KitResource } from '../i18n/fr';

/** Polski (Polish). */
export const pl = {
  banner: {
    title: 'Państwa wybór dotyczący plików cookie',
    description:
      'Za Państwa zgodą używamy plików cookie w celach opisanych w preferencjach. Mogą Państwo zmienić zdanie w dowolnym momencie.',
    providers: 'Pokaż listę dostawców',
    acceptAll: 'Akceptuj wszystkie',
    rejectAll: 'Odrzuć wszystkie',
    customise: 'Dostosuj',
    continueWithoutAccepting: 'Kontynuuj bez akceptacji',
  },
  gpc: 'Państwa przeglądarka wysyła sygnał Global Privacy Control: zastosowaliśmy go, odrzucając wszystko, co wymaga Państwa zgody. Mogą Państwo zmienić ten wybór tutaj.',
  preferences: {
    title: 'Preferencje dotyczące plików cookie',
    description: 'Prosimy wybrać cele, na które Państwo się zgadzają. Mogą Państwo zmienić zdanie w dowolnym momencie.',
    close: 'Zamknij bez zapisywania',
    save: 'Zapisz mój wybór',
    alwaysOn: 'Zawsze aktywne',
    requiredReason: 'Te pliki cookie są niezbędne do działania strony i nie wymagają Państwa zgody.',
    exemptTitle: 'Zwolnione z wymogu zgody',
    exemptReason:
      'Anonimowy pomiar oglądalności, który według zasad CNIL nie wymaga zgody; mogą Państwo wnieść sprzeciw.',
    showCookies: 'Pokaż pliki cookie',
    providedBy: 'Dostawca: {{provider}}',
    policy: 'Polityka prywatności dostawcy {{provider}}',
    providers: 'Lista dostawców',
    recordId: 'Identyfikator Państwa wyboru: {{id}}',
  },
  status: {
    acceptedAll: 'Zaakceptowano wszystko. Państwa wybór został zapisany.',
    rejectedAll: 'Odrzucono wszystko. Państwa wybór został zapisany.',
    saved: 'Państwa wybór został zapisany.',
  },
  defaults: {
    required: {
      title: 'Niezbędne pliki cookie',
      description: 'Umożliwiają działanie strony i zapewniają jej bezpieczeństwo.',
    },
    exempt: {
      title: 'Anonimowy pomiar oglądalności',
      description: 'Anonimowe statystyki odwiedzin, służące wyłącznie do ulepszania tej strony.',
    },
  },
  trigger: 'Zarządzaj plikami cookie',
  embed: {
    text: 'Te treści pochodzą od dostawcy {{provider}} ({{service}}), który zapisuje pliki cookie wymagające Państwa zgody.',
    allowOnce: 'Zezwól jednorazowo',
    allowAlways: 'Zawsze zezwalaj',
  },
  table: {
    caption: 'Pliki cookie używane na tej stronie',
    provider: 'Dostawca',
    service: 'Usługa i lokalizacja',
    name: 'Nazwa pliku cookie',
    purpose: 'Cele',
    duration: 'Okres przechowywania',
    session: 'Sesja przeglądarki',
    ownProvider: 'Ta strona',
    ownService: 'Państwa preferencje dotyczące plików cookie',
    ownPurpose: 'Zapamiętuje wybór użytkownika dotyczący plików cookie',
  },
} satisfies KitResource;
