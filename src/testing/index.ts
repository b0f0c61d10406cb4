import {
  type AnyCatalogue,
  type ChoicesInput,
  type ConsentRecord,
  type CookieOptions,
  encodeRecord,
  initialState,
  transition,
} from '../core';
import { randomId } from '../core/id';
import { DEFAULT_MAX_AGE_DAYS } from '../core/record';
import { storageCookieName } from '../core/storage';

/** Options of `testConsent`. */
export interface TestConsentOptions {
  /** When the visitor decided, in milliseconds; now by default. */
  readonly now?: number;
  /** How long the choice lasts, as the provider's `maxAgeDays`; 183 days by default. */
  readonly maxAgeDays?: number;
  /** The language recorded; `'fr'` by default. */
  readonly lng?: string;
}

/**
 * A record of `choices` (as `save()` takes them, over the defaults: required and exempt categories on), as if the
 * visitor had saved them in the dialog. Pass it as `initialConsent`: the component under test renders under that
 * consent, with no banner and no storage read.
 */
export function testConsent<C extends AnyCatalogue>(
  catalogue: C,
  choices: ChoicesInput<C> = {},
  { now = Date.now(), maxAgeDays = DEFAULT_MAX_AGE_DAYS, lng = 'fr' }: TestConsentOptions = {},
): ConsentRecord<C> {
  const decided = transition(
    initialState(catalogue),
    { type: 'SAVE', choices },
    { catalogue, now, maxAgeDays, lng, createId: randomId },
  );
  return decided.record as ConsentRecord<C>;
}

/** Options of `consentCookie`. */
export interface ConsentCookieOptions extends TestConsentOptions {
  /** The storage cookie's options, as given to the provider's `cookie` prop. */
  readonly cookie?: CookieOptions;
  /** The page's URL, for Playwright's `context.addCookies` when no `cookie.domain` is set. */
  readonly url?: string;
}

/** The storage cookie of a choice, in the shape of Playwright's `context.addCookies`. */
export interface ConsentCookie {
  readonly name: string;
  /** The stored value, as the kit writes it (README: "The storage cookie"). */
  readonly value: string;
  /** Given with `url`; otherwise `path` (and `domain`, when set) say where the cookie lives. */
  readonly url?: string;
  readonly domain?: string;
  readonly path?: string;
  /** Seconds since the epoch. */
  readonly expires: number;
  readonly sameSite: 'Lax' | 'Strict' | 'None';
  readonly secure: boolean;
}

/**
 * The storage cookie the kit would write for `choices`: pre-seed a Playwright context with it
 * (`context.addCookies([consentCookie(catalogue, choices, { url })])`), a server test's `Cookie` header
 * (`` `${cookie.name}=${cookie.value}` ``) or `document.cookie`.
 */
export function consentCookie<C extends AnyCatalogue>(
  catalogue: C,
  choices: ChoicesInput<C> = {},
  { cookie = {}, url, ...options }: ConsentCookieOptions = {},
): ConsentCookie {
  const record = testConsent(catalogue, choices, options);
  const name = storageCookieName(cookie);
  const sameSite = cookie.sameSite ?? 'Lax';
  const secure = cookie.hostPrefix || (cookie.secure ?? url?.startsWith('https:') ?? false) || sameSite === 'None';
  const where = url
    ? { url }
    : { path: cookie.hostPrefix ? '/' : (cookie.path ?? '/'), ...(cookie.domain ? { domain: cookie.domain } : {}) };
  return {
    name,
    value: encodeRecord(record, catalogue),
    ...where,
    expires: Math.floor(record.expiresAt / 1000),
    sameSite,
    secure,
  };
}
