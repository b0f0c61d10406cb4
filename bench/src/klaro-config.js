// klaro's configuration: its setup and the gated components' manager (getManager) share it.
import { text } from './catalogue.js';

export const config = {
  lang: 'fr',
  acceptAll: true,
  translations: {
    fr: {
      consentNotice: { description: text.description, learnMore: text.customise },
      ok: text.acceptAll,
      decline: text.rejectAll,
      consentModal: { title: text.preferencesTitle },
      purposes: { necessary: text.necessary, statistics: text.statistics },
      matomo: { description: text.statisticsDescription },
    },
  },
  services: [
    { name: 'session', title: 'Session', purposes: ['necessary'], required: true },
    { name: 'matomo', title: 'Matomo', purposes: ['statistics'], cookies: [/^_pk_.*$/] },
  ],
};
