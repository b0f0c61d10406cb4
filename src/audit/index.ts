export { AuditError } from './catalogue';
export {
  type ConsentCheckOptions,
  ConsentViolationError,
  expectNoConsentViolations,
  findConsentViolations,
} from './expect';
export { kitSelectors } from './kit';
export { loadCatalogue } from './load';
export {
  AUDIT_STEPS,
  type AuditStep,
  type DeclaredEntry,
  type Observed,
  type Violation,
  type ViolationKind,
} from './model';
export type { CookieLike, FrameLike, PageLike } from './page';
export { formatReport, formatViolations, violationLabels } from './report';
export { type AuditOptions, type AuditReport, auditSite, type StepSummary } from './run';
