'use client';

import { ConsentGate } from '../../../dist/index.js';

/** A client component that mounts only once statistics are granted. */
export function Statistics() {
  return (
    <ConsentGate category="statistics" fallback={<p>La mesure d’audience est désactivée.</p>}>
      <p data-testid="statistics">La mesure d’audience est active.</p>
    </ConsentGate>
  );
}
