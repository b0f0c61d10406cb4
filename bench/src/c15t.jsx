// As c15t's React quickstart shows, in offline mode: no backend, the choice stays in the browser.
import { ConsentBanner, ConsentDialog, ConsentManagerProvider } from '@c15t/react';
import '@c15t/react/styles.css';
import { text } from './catalogue.js';

const options = {
  mode: 'offline',
  consentCategories: ['necessary', 'measurement'],
  i18n: {
    locale: 'fr',
    detectBrowserLanguage: false,
    messages: {
      fr: {
        common: { acceptAll: text.acceptAll, rejectAll: text.rejectAll, customize: text.customise, save: text.save },
        cookieBanner: { title: text.title, description: text.description },
        consentManagerDialog: { title: text.preferencesTitle, description: text.description },
      },
    },
  },
};

export default function Consent({ children }) {
  return (
    <ConsentManagerProvider options={options}>
      <ConsentBanner />
      <ConsentDialog />
      {children}
    </ConsentManagerProvider>
  );
}
