// react-cookie-consent has accept and decline only: the preferences are a native <dialog> next to it.
import { createContext, useRef, useState } from 'react';
import CookieConsent, { Cookies, getCookieConsentValue } from 'react-cookie-consent';
import { text } from './catalogue.js';

const COOKIE = 'CookieConsent';
/** The stored value ('true', 'false' or undefined), updated on accept, as its docs read it. */
export const CookieConsentValue = createContext(undefined);

export default function Consent({ children }) {
  const dialog = useRef(null);
  const [value, setValue] = useState(() => getCookieConsentValue(COOKIE));
  const save = (event) => {
    Cookies.set(COOKIE, event.currentTarget.form.statistics.checked ? 'true' : 'false', { expires: 182 });
    location.reload();
  };
  return (
    <CookieConsentValue.Provider value={value}>
      {children}
      <CookieConsent
        cookieName={COOKIE}
        enableDeclineButton
        buttonText={text.acceptAll}
        declineButtonText={text.rejectAll}
        buttonId="rcc-accept"
        onAccept={() => setValue('true')}
        onDecline={() => setValue('false')}
      >
        {text.description}{' '}
        <button type="button" onClick={() => dialog.current.showModal()}>
          {text.customise}
        </button>
      </CookieConsent>
      <dialog ref={dialog} aria-label={text.preferencesTitle}>
        <form method="dialog">
          <label>
            <input type="checkbox" checked disabled /> {text.necessary}
          </label>
          <label>
            <input type="checkbox" name="statistics" /> {text.statistics}
          </label>
          <button type="button" onClick={save}>
            {text.save}
          </button>
        </form>
      </dialog>
    </CookieConsentValue.Provider>
  );
}
