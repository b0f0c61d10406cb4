import { useContext } from 'react';
import { CookieConsentValue } from '../react-cookie-consent.jsx';
import { Shown } from './shown.jsx';

export default function Gated() {
  return <Shown granted={useContext(CookieConsentValue) === 'true'} />;
}
