// Compiled by `tsc` with the app's strict tsconfig: what the types accept and refuse.
import { useConsent } from 'charte';
import { defineCatalogue } from 'charte/core';

/** A target is the same shorthand everywhere: `toggle('statistics')` as `useConsent('statistics')`. */
export function useStatisticsSwitch() {
  const { toggle } = useConsent();
  return () => toggle('statistics');
}

export const refused = defineCatalogue({
  revision: 1,
  categories: {
    necessary: { required: true },
    // @ts-expect-error: a category that asks for consent needs a title and a description (rule 7).
    statistics: { title: 'Statistiques' },
  },
  services: {},
});
