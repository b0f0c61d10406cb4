// tarteaucitron.js is a classic script: the bundler shim (build.mjs) exports it and makes it global, so that the
// language and services files it loads at run time, from its own directory, find it.
import { useEffect } from 'react';
import tarteaucitron from 'tarteaucitronjs/tarteaucitron.js';
import { text } from './catalogue.js';

tarteaucitron.services.statistics = {
  key: 'statistics',
  type: 'analytic',
  name: text.statistics,
  needConsent: true,
  cookies: ['_pk_id'],
  js() {},
  fallback() {},
};

export default function Consent({ children }) {
  useEffect(() => {
    tarteaucitron.init({ orientation: 'bottom', highPrivacy: true, DenyAllCta: true, AcceptAllCta: true });
    tarteaucitron.job = [...(tarteaucitron.job ?? []), 'statistics'];
  }, []);
  return children;
}
