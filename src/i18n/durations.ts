/** The units a cookie's lifetime is given in. */
export type DurationUnit = 'hour' | 'day' | 'month';

/**
 * A language's own words for durations, for the languages whose unit names Chromium's Intl lacks (its ICU data has
 * none for br, eu, is, lb, sq): CLDR's patterns, `{{count}}` standing for the number, by plural category.
 */
export interface DurationWords {
  /** The CLDR plural category of a whole number. */
  readonly plural: (count: number) => Intl.LDMLPluralRule;
  readonly units: Readonly<Record<DurationUnit, Partial<Record<Intl.LDMLPluralRule, string>>>>;
}
