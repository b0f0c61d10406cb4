import type { AnyCatalogue, CategoryIdOf, ServiceIdOf } from './catalogue';
import { ConsentOptionError } from './errors';

/** How a decision was given: a banner or dialog button, the dialog's switches, or the browser's GPC signal. */
export type ConsentMethod = 'accept-all' | 'reject-all' | 'custom' | 'gpc' | 'continue-without-accepting';

/** One boolean per category and per service. */
export interface Choices<C extends AnyCatalogue = AnyCatalogue> {
  readonly categories: { readonly [K in CategoryIdOf<C>]: boolean };
  readonly services: { readonly [K in ServiceIdOf<C>]: boolean };
}

/** What the visitor decided, kept as proof: contains no personal data. */
export interface ConsentRecord<C extends AnyCatalogue = AnyCatalogue> extends Choices<C> {
  /** Random UUID of this decision. */
  readonly id: string;
  /** When the visitor decided, in milliseconds since the epoch (whole seconds). */
  readonly decidedAt: number;
  /** When the choice lapses and the visitor is asked again. */
  readonly expiresAt: number;
  /** Catalogue revision the visitor saw. */
  readonly revision: number;
  /** Hash of the catalogue, its texts in every language, `lng` and the host's wording of the kit (`catalogueHash`). */
  readonly catalogueHash: string;
  /** Language the visitor saw the texts in. */
  readonly lng: string;
  readonly method: ConsentMethod;
  /** Version of charte that recorded the decision; with `lng`, it names the kit's own strings shown. */
  readonly version: string;
}

/** Six months: the CNIL's recommended lifetime of a choice (délibération 2020-092, § 38). */
export const DEFAULT_MAX_AGE_DAYS = 183;
/** Thirteen months: the CNIL's ceiling for consent cookies (délibération 2020-091, art. 4). */
export const MAX_AGE_LIMIT_DAYS = 395;

/** How long a choice lives, in whole seconds as the stored value keeps it, whatever fraction of a day is given. */
export const lifetimeMs = (maxAgeDays: number) => Math.floor(maxAgeDays * 86_400) * 1000;

/** Checks `maxAgeDays` against the 13-month limit; throws a `ConsentOptionError` otherwise. */
export function checkMaxAgeDays(days: number): number {
  if (!(days >= 1 && days <= MAX_AGE_LIMIT_DAYS)) {
    // The reason is spelled out in development; production keeps the path and the bounds.
    throw new ConsentOptionError(
      'maxAgeDays',
      `${days} is outside 1 to ${MAX_AGE_LIMIT_DAYS} days${__DEV__ ? ': the CNIL keeps a choice 13 months at most' : ''}`,
    );
  }
  return days;
}
