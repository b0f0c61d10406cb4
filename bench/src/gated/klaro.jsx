// As klaro's docs read consent: `getManager().getConsent(name)`, re-read when the manager notifies its watchers.
import * as klaro from 'klaro/dist/klaro-no-css';
import { useSyncExternalStore } from 'react';
import { config } from '../klaro-config.js';
import { Shown } from './shown.jsx';

const subscribe = (notify) => {
  const watcher = { update: notify };
  klaro.getManager(config).watch(watcher);
  return () => klaro.getManager(config).unwatch(watcher);
};

export default function Gated() {
  return <Shown granted={useSyncExternalStore(subscribe, () => klaro.getManager(config).getConsent('matomo'))} />;
}
