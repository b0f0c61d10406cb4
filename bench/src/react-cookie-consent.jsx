// react-cookie-consent has accept and decline only: the preferences are a native <dialog> next to it.
import { useRef } from 'react';
import CookieConsent, { Cookies } from 'react-cookie-consent';
import { text } from './catalogue.js';

const COOKIE = 'CookieConsent';

export default function Consent({ children }) {
  const dialog = useRef(null);
  const save = (event) => {
    Cookies.set(COOKIE, event.currentTarget.form.statistics.checked ? 'true' : 'false', { expires: 182 });
    location.reload();
  };
  return (
    <>
      {children}
      <CookieConsent
        cookieName={COOKIE}
        enableDeclineButton
        buttonText={text.acceptAll}
        declineButtonText={text.rejectAll}
        buttonId="rcc-accept"
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
    </>
  );
}
