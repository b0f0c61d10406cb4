// As react-dsfr's docs set up consent management in an SPA: startReactDsfr, createConsentManagement with the
// site's finalities, and <ConsentBannerAndConsentManagement /> once in the tree. The DSFR stylesheets its banner and
// consent modal use: core (grid, typography, Marianne), button, modal, form, radio, consent.
import { createConsentManagement } from '@codegouvfr/react-dsfr/consentManagement';
import '@codegouvfr/react-dsfr/dsfr/core/core.min.css';
import '@codegouvfr/react-dsfr/dsfr/component/button/button.min.css';
import '@codegouvfr/react-dsfr/dsfr/component/modal/modal.min.css';
import '@codegouvfr/react-dsfr/dsfr/component/form/form.min.css';
import '@codegouvfr/react-dsfr/dsfr/component/radio/radio.min.css';
import '@codegouvfr/react-dsfr/dsfr/component/consent/consent.min.css';
import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import { text } from './catalogue.js';

startReactDsfr({ defaultColorScheme: 'light' });

export const { ConsentBannerAndConsentManagement, useConsent } = createConsentManagement({
  finalityDescription: { statistics: { title: text.statistics, description: text.statisticsDescription } },
  personalDataPolicyLinkProps: { href: '#donnees-personnelles' },
});

export default function Consent({ children }) {
  return (
    <>
      {children}
      <ConsentBannerAndConsentManagement />
    </>
  );
}
