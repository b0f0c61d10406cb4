import type { KitResource } from '../i18n/fr';

/** Deutsch (German). */
export const de = {
  banner: {
    title: 'Ihre Cookie-Auswahl',
    description:
      'Mit Ihrer Einwilligung verwenden wir Cookies für die in den Einstellungen beschriebenen Zwecke. Sie können Ihre Entscheidung jederzeit ändern.',
    providers: 'Liste der Anbieter anzeigen',
    acceptAll: 'Alle akzeptieren',
    rejectAll: 'Alle ablehnen',
    customise: 'Anpassen',
    continueWithoutAccepting: 'Ohne Einwilligung fortfahren',
  },
  gpc: 'Ihr Browser sendet das Signal „Global Privacy Control“: Wir haben es angewendet und alles abgelehnt, was Ihre Einwilligung erfordert. Sie können diese Entscheidung hier ändern.',
  preferences: {
    title: 'Cookie-Einstellungen',
    description: 'Wählen Sie die Zwecke aus, in die Sie einwilligen. Sie können Ihre Entscheidung jederzeit ändern.',
    close: 'Ohne Speichern schließen',
    save: 'Auswahl speichern',
    alwaysOn: 'Immer aktiv',
    requiredReason: 'Diese Cookies sind für die Website unerlässlich und erfordern keine Einwilligung.',
    exemptTitle: 'Von der Einwilligungspflicht ausgenommen',
    exemptReason:
      'Anonyme Reichweitenmessung, die nach den Regeln der CNIL von der Einwilligungspflicht ausgenommen ist; Sie können ihr widersprechen.',
    showCookies: 'Cookies anzeigen',
    providedBy: 'Anbieter: {{provider}}',
    policy: 'Datenschutzerklärung von {{provider}}',
    providers: 'Liste der Anbieter',
    recordId: 'Kennung Ihrer Auswahl: {{id}}',
  },
  status: {
    acceptedAll: 'Sie haben alles akzeptiert. Ihre Auswahl wurde gespeichert.',
    rejectedAll: 'Sie haben alles abgelehnt. Ihre Auswahl wurde gespeichert.',
    saved: 'Ihre Auswahl wurde gespeichert.',
  },
  defaults: {
    required: {
      title: 'Notwendige Cookies',
      description: 'Erforderlich für den Betrieb und die Sicherheit der Website.',
    },
    exempt: {
      title: 'Anonyme Reichweitenmessung',
      description: 'Anonyme Besucherstatistiken, die nur der Verbesserung dieser Website dienen.',
    },
  },
  trigger: 'Cookies verwalten',
  embed: {
    text: 'Dieser Inhalt wird von {{provider}} ({{service}}) bereitgestellt. Dabei werden Cookies gesetzt, die Ihre Einwilligung erfordern.',
    allowOnce: 'Einmal erlauben',
    allowAlways: 'Immer erlauben',
  },
  table: {
    caption: 'Auf dieser Website verwendete Cookies',
    provider: 'Anbieter',
    service: 'Dienst und Standort',
    name: 'Name des Cookies',
    purpose: 'Zwecke',
    duration: 'Speicherdauer',
    session: 'Browsersitzung',
    ownProvider: 'Diese Website',
    ownService: 'Ihre Cookie-Einstellungen',
    ownPurpose: 'Speichert die getroffene Auswahl zu Cookies',
  },
} satisfies KitResource;
