import { useEffect } from 'react';
import * as CookieConsent from 'vanilla-cookieconsent';
import 'vanilla-cookieconsent/dist/cookieconsent.css';
import { text } from './catalogue.js';

const config = {
  // Under automation navigator.webdriver is true, and the default hides the banner from bots.
  hideFromBots: false,
  categories: { necessary: { enabled: true, readOnly: true }, statistics: {} },
  language: {
    default: 'fr',
    translations: {
      fr: {
        consentModal: {
          title: text.title,
          description: text.description,
          acceptAllBtn: text.acceptAll,
          acceptNecessaryBtn: text.rejectAll,
          showPreferencesBtn: text.customise,
        },
        preferencesModal: {
          title: text.preferencesTitle,
          acceptAllBtn: text.acceptAll,
          acceptNecessaryBtn: text.rejectAll,
          savePreferencesBtn: text.save,
          sections: [
            { title: text.necessary, description: text.necessaryDescription, linkedCategory: 'necessary' },
            { title: text.statistics, description: text.statisticsDescription, linkedCategory: 'statistics' },
          ],
        },
      },
    },
  },
};

export default function Consent({ children }) {
  useEffect(() => {
    CookieConsent.run(config);
  }, []);
  return children;
}
