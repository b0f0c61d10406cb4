import * as klaro from 'klaro/dist/klaro-no-css';
import 'klaro/dist/klaro.css';
import { useEffect } from 'react';
import { text } from './catalogue.js';

const config = {
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

export default function Consent({ children }) {
  useEffect(() => {
    klaro.setup(config);
  }, []);
  return children;
}
