'use client';

import { ConsentGate } from 'charte';
import Script from 'next/script';

/** Mounts the measurement script and a notice only once statistics are granted; before that, a fallback. */
export function Statistics() {
  return (
    <ConsentGate category="statistics" fallback={<p>La mesure d’audience est désactivée.</p>}>
      <Script src="/matomo.js" strategy="afterInteractive" />
      <p data-testid="statistics">La mesure d’audience est active.</p>
    </ConsentGate>
  );
}
