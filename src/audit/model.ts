import type { AnyCatalogue } from '../core';

/** The moments of a visit the audit checks, in the order it plays them. */
export const AUDIT_STEPS = ['before-consent', 'after-refusal', 'after-acceptance', 'after-withdrawal'] as const;
/** One moment of the visit. */
export type AuditStep = (typeof AUDIT_STEPS)[number];

/** What went wrong, one of the five the audit knows. */
export type ViolationKind =
  | 'set-before-consent'
  | 'kept-after-refusal'
  | 'undeclared'
  | 'lives-longer-than-declared'
  | 'kept-after-withdrawal';

/** Something a page left in the browser or asked another host for. */
export type Observed =
  | {
      readonly type: 'cookie';
      readonly name: string;
      /** As the cookie jar has it: `.example.org` for a `Domain` cookie, `www.example.org` for a host-only one. */
      readonly domain: string;
      readonly path: string;
      /** Seconds since the epoch; -1 for a session cookie. */
      readonly expires: number;
    }
  | { readonly type: 'localStorage' | 'sessionStorage'; readonly name: string; readonly origin: string }
  | { readonly type: 'request'; readonly url: string };

/** A declaration of the catalogue, named by its path in the catalogue. */
export interface DeclaredEntry {
  /** `services.matomo.cookies.0` for a cookie or key, `services.ads` for a request; `storage` for the kit's own. */
  readonly path: string;
  /** The service id, or null for the kit's storage cookie. */
  readonly service: string | null;
  /** The category id, or null for the kit's storage cookie (always allowed). */
  readonly category: string | null;
  /** The declared name, a RegExp written as `/…/`; absent for a request. */
  readonly name?: string;
  /** The declared duration, in days or `'session'`. */
  readonly duration?: 'session' | number;
}

/** One violation, with what was seen, when, where, and the declaration it should have matched. */
export interface Violation {
  readonly kind: ViolationKind;
  readonly step: AuditStep;
  readonly subject: Observed;
  /** The declaration it matched (the one whose category was not granted), or null when it matched none. */
  readonly declared: DeclaredEntry | null;
  /** For an undeclared cookie or key: declarations of the same name whose domain, path or storage differ. */
  readonly nearest?: readonly DeclaredEntry[];
  /** Pages being visited when it was seen. */
  readonly pages: readonly string[];
  /** Categories withdrawn so far, at the withdrawal step. */
  readonly withdrawn?: readonly string[];
  /** One line saying why. */
  readonly detail: string;
}

/** Everything the judge needs besides what was seen. */
export interface JudgeSettings {
  readonly catalogue: AnyCatalogue;
  /** The kit's storage cookie (or localStorage key) name. */
  readonly storageName: string;
  /** How long the kit keeps a choice, in days: the storage cookie's declared lifetime. */
  readonly maxAgeDays: number;
  /** Hostnames of the audited pages: cookies declared without a `domain` live on them or a parent domain. */
  readonly siteHosts: readonly string[];
  /** Hosts the site may always call (its CDN): `cdn.example.org`, or `*.example.org` for it and its subdomains. */
  readonly allowHosts: readonly string[];
  /** Hosts each service's scripts and beacons come from, for the services whose cookies declare no `domain`. */
  readonly serviceHosts: Readonly<Record<string, readonly string[]>>;
  /** Days a cookie may outlive its declared duration before it counts (see the README). */
  readonly toleranceDays: number;
}

/** What the page was allowed at the moment of an observation. */
export interface Moment {
  readonly step: AuditStep;
  /** The page being visited. */
  readonly page: string;
  /** Categories granted by the stored choice (required and exempt ones without a choice). */
  readonly granted: ReadonlySet<string>;
  /** Categories withdrawn so far, at the withdrawal step. */
  readonly withdrawn?: readonly string[];
  /** When it was seen, in milliseconds since the epoch. */
  readonly at: number;
}
