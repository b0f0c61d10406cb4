// vanilla-cookieconsent has no React binding: `acceptedCategory()` re-read on its `cc:onConsent` and `cc:onChange`
// window events, as its docs show.
import { useSyncExternalStore } from 'react';
import * as CookieConsent from 'vanilla-cookieconsent';
import { Shown } from './shown.jsx';

const EVENTS = ['cc:onConsent', 'cc:onChange'];
const subscribe = (notify) => {
  for (const name of EVENTS) window.addEventListener(name, notify);
  return () => {
    for (const name of EVENTS) window.removeEventListener(name, notify);
  };
};

export default function Gated() {
  return <Shown granted={useSyncExternalStore(subscribe, () => CookieConsent.acceptedCategory('statistics'))} />;
}
