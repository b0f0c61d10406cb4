import type { KitResource } from '../i18n/fr';

/** English. */
export const en = {
  banner: {
    title: 'Your cookie choices',
    description:
      'With your consent, we use cookies for the purposes described in the preferences. You can change your mind at any time.',
    providers: 'See the list of providers',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    customise: 'Customise',
    continueWithoutAccepting: 'Continue without accepting',
  },
  gpc: 'Your browser sends the Global Privacy Control signal: we applied it by refusing everything that needs your consent. You can change this choice here.',
  preferences: {
    title: 'Cookie preferences',
    description: 'Choose the purposes you accept. You can change your mind at any time.',
    close: 'Close without saving',
    save: 'Save my choices',
    alwaysOn: 'Always on',
    requiredReason: 'Essential to the site, these cookies do not require your consent.',
    exemptTitle: 'Exempt from consent',
    exemptReason: 'Anonymous audience measurement, exempt from consent under the CNIL’s rules; you can opt out.',
    showCookies: 'See the cookies',
    providedBy: 'Provider: {{provider}}',
    policy: '{{provider}} privacy policy',
    providers: 'List of providers',
    recordId: 'Your choice’s identifier: {{id}}',
  },
  status: {
    acceptedAll: 'You accepted everything. Your choices have been saved.',
    rejectedAll: 'You refused everything. Your choices have been saved.',
    saved: 'Your choices have been saved.',
  },
  defaults: {
    required: {
      title: 'Necessary cookies',
      description: 'They make the site work and keep it secure.',
    },
    exempt: {
      title: 'Anonymous audience measurement',
      description: 'Anonymous visit statistics, used only to improve this site.',
    },
  },
  trigger: 'Manage my cookies',
  embed: {
    text: 'This content is provided by {{provider}} ({{service}}), which sets cookies that need your consent.',
    allowOnce: 'Allow once',
    allowAlways: 'Always allow',
  },
  table: {
    caption: 'Cookies used on this site',
    provider: 'Provider',
    service: 'Service and location',
    name: 'Cookie name',
    purpose: 'Purposes',
    duration: 'Duration',
    session: 'Browser session',
    ownProvider: 'This site',
    ownService: 'Your cookie preferences',
    ownPurpose: 'Remembers the choice the visitor made about cookies',
  },
} satisfies KitResource;
