import type { AnyCatalogue } from '../core';
import { asCatalogue } from './catalogue';
import { judge, mergeViolations } from './judge';
import type { AuditStep, Observed, Violation } from './model';
import { grantedBy, observePage, type PageLike } from './page';
import { formatViolations } from './report';
import type { AuditOptions } from './run';

/** Options of `expectNoConsentViolations`: those of `auditSite` that judge what is seen. */
export type ConsentCheckOptions = Pick<
  AuditOptions,
  'cookieName' | 'maxAgeDays' | 'allowHosts' | 'serviceHosts' | 'toleranceDays'
>;

/** Thrown by `expectNoConsentViolations`; its message is the table of violations. */
export class ConsentViolationError extends Error {
  readonly violations: readonly Violation[];
  constructor(violations: readonly Violation[]) {
    super(
      `${violations.length} consent violation${violations.length === 1 ? '' : 's'}:\n\n${formatViolations(violations)}`,
    );
    this.name = 'ConsentViolationError';
    this.violations = violations;
  }
}

/**
 * Judges the page as it is now, under the choice it has stored: its context's cookies, its frames' web storage
 * keys, and the resources its frames requested (Resource Timing, since each frame's last navigation). The step is
 * the stored choice's: none, everything granted, or something refused.
 */
export async function findConsentViolations(
  page: PageLike,
  definition: AnyCatalogue,
  options: ConsentCheckOptions = {},
): Promise<Violation[]> {
  const catalogue = asCatalogue(definition);
  const storageName = options.cookieName ?? 'charte';
  const seen = await observePage(page, storageName);
  const { record, granted } = grantedBy(seen.cookies, seen.stored, { catalogue, storageName });
  const step: AuditStep = !record
    ? 'before-consent'
    : catalogue.categoryIds.every((id) => granted.has(id))
      ? 'after-acceptance'
      : 'after-refusal';
  const url = page.url();
  const requests = seen.resources.map((resource): Observed => ({ type: 'request', url: resource }));
  return mergeViolations(
    judge(
      [...seen.observed, ...requests],
      { step, page: url, granted, at: Date.now() },
      {
        catalogue,
        storageName,
        maxAgeDays: options.maxAgeDays ?? 183,
        siteHosts: [new URL(url).hostname],
        allowHosts: options.allowHosts ?? [],
        serviceHosts: options.serviceHosts ?? {},
        toleranceDays: options.toleranceDays ?? 1,
      },
    ),
  );
}

/**
 * For Playwright Test: rejects with a `ConsentViolationError` listing every violation of the page as it is now
 * (see `findConsentViolations`), resolves otherwise. Needs nothing from `@playwright/test`.
 */
export async function expectNoConsentViolations(
  page: PageLike,
  catalogue: AnyCatalogue,
  options: ConsentCheckOptions = {},
): Promise<void> {
  const violations = await findConsentViolations(page, catalogue, options);
  if (violations.length > 0) throw new ConsentViolationError(violations);
}
