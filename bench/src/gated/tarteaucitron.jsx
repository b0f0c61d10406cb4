// tarteaucitron's state of a service (no state before its init runs), re-read on the `<service>_allowed` and `_disallowed` events it dispatches.
import { useSyncExternalStore } from 'react';
import tarteaucitron from 'tarteaucitronjs/tarteaucitron.js';
import { Shown } from './shown.jsx';

const EVENTS = ['statistics_allowed', 'statistics_disallowed'];
const subscribe = (notify) => {
  for (const name of EVENTS) document.addEventListener(name, notify);
  return () => {
    for (const name of EVENTS) document.removeEventListener(name, notify);
  };
};

export default function Gated() {
  return <Shown granted={useSyncExternalStore(subscribe, () => tarteaucitron.state?.statistics === true)} />;
}
