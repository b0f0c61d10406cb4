import type { KitResource } from './fr';

export const en = {
  banner: {
    title: 'Your cookie choices',
    description:
      'With your consent, we use cookies for the purposes described in our preferences. You can accept, reject or customise your choices, and change them at any time.',
    providers: 'See the list of providers',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    customise: 'Customise',
    continueWithoutAccepting: 'Continue without accepting',
  },
  preferences: {
    title: 'Cookie preferences',
    description:
      'Choose the purposes you accept. Necessary cookies cannot be refused. You can change your choices at any time.',
    close: 'Close without saving',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    save: 'Save my choices',
    saved: 'Your choices have been saved.',
    alwaysOn: 'Always on',
    requiredReason: 'Necessary for the site to work, these cookies do not require your consent.',
    exemptTitle: 'Exempt from consent',
    exemptReason:
      'Anonymous audience measurement, exempt from consent under the CNIL’s rules. It is on by default and you can opt out.',
    services: 'Services',
    showCookies_one: 'See the cookie',
    showCookies_other: 'See the {{count}} cookies',
    policy: '{{provider}} privacy policy',
  },
  trigger: 'Manage my cookies',
  table: {
    caption: 'Cookies used on this site',
    provider: 'Provider',
    service: 'Service and location',
    name: 'Cookie name',
    purpose: 'Purposes',
    duration: 'Duration',
    ownProvider: 'This site',
    ownService: 'Your cookie preferences',
    ownPurpose: 'Remembers the choice the visitor made about cookies',
  },
  duration: {
    session: 'Session',
    hours_one: '{{count}} hour',
    hours_other: '{{count}} hours',
    days_one: '{{count}} day',
    days_other: '{{count}} days',
    months_one: '{{count}} month',
    months_other: '{{count}} months',
  },
  category: {
    necessary: 'Necessary cookies',
    functional: 'Functional cookies',
    preferences: 'Preferences',
    statistics: 'Statistics',
    analytics: 'Audience measurement',
    marketing: 'Advertising',
  },
  charter: {
    title: 'Cookie charter',
    intro: 'To offer you the best possible service, we use cookies to make the site work properly.',
    whatTitle: 'What is a cookie?',
    what: 'A “cookie” is a small piece of information, identified by a name, that a website you visit may send to your browser. Your browser keeps it for a while and sends it back to the web server each time you visit again. Cookies have many uses: remembering your customer account on a shop, the current content of your basket, or an identifier used to track your browsing for statistics or advertising, etc.',
    kindsTitle: 'There are several kinds of cookies:',
    kindNecessary:
      '“Necessary” cookies, set by the site itself, keep information between two visits to the same site on the same device: a basket, login details or interface settings. They do not require the user’s consent.',
    kindStatistics:
      '“Statistics” cookies track what a visitor does on a website. When the statistics are anonymous (they cannot identify a person), the user’s consent is not needed.',
    kindFirstParty:
      '“First-party” cookies are set by the site you visit. They may be set in addition to necessary cookies and may be used to collect personal data, track the user’s behaviour and serve advertising purposes.',
    kindThirdParty:
      '“Third-party” cookies are set by (or for) a site B (often an advertising network) on a site A: they let site B see which pages of site A a user visited and collect information about them.',
    usesTitle: 'What cookies are used for on {{site}}',
    change: 'You can change your choices at any time.',
  },
} satisfies KitResource;
