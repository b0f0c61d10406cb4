import { describeSubject } from './judge';
import type { DeclaredEntry, Violation, ViolationKind } from './model';
import type { AuditReport } from './run';

/** Each violation as the issue and the README name it. */
export const violationLabels: Record<ViolationKind, string> = {
  'set-before-consent': 'set before consent',
  'kept-after-refusal': 'kept or set after refusal',
  undeclared: 'undeclared',
  'lives-longer-than-declared': 'lives longer than declared',
  'kept-after-withdrawal': 'kept after withdrawal',
};

/** Rows as left-aligned columns two spaces apart. */
function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const describeEntry = (entry: DeclaredEntry | null) => {
  if (!entry) return 'none';
  const details = [
    entry.category ?? 'the kit',
    entry.name,
    entry.duration === undefined ? undefined : `${entry.duration}${entry.duration === 'session' ? '' : ' days'}`,
  ];
  return `${entry.path} (${details.filter(Boolean).join(', ')})`;
};

/** Violations as a table: what, when, the declaration it should have matched, then why and where. */
export function formatViolations(violations: readonly Violation[]): string {
  const rows = [['violation', 'step', 'what', 'declared entry']];
  const notes: string[] = [];
  violations.forEach((violation, index) => {
    const step = violation.withdrawn ? `${violation.step} (${violation.withdrawn.join(', ')})` : violation.step;
    rows.push([
      `${index + 1}. ${violationLabels[violation.kind]}`,
      step,
      describeSubject(violation.subject),
      describeEntry(violation.declared),
    ]);
    notes.push(`${index + 1}. ${violation.detail}; seen on ${violation.pages.join(', ')}`);
  });
  return `${table(rows)}\n\n${notes.join('\n')}`;
}

const list = (items: readonly string[]) => (items.length ? items.join(', ') : '-');

/** The report as the terminal shows it: what each step saw, then the violations, or that there are none. */
export function formatReport(report: AuditReport): string {
  const seconds = (report.durationMs / 1000).toFixed(1);
  const head = `charte audit: ${report.urls.length} page${report.urls.length === 1 ? '' : 's'} in ${seconds} s: ${report.urls.join(', ')}`;
  const steps = table([
    ['step', 'visits', 'cookies', 'web storage', 'other hosts'],
    ...report.steps.map((step) => [
      step.withdrawn?.length ? `${step.step} (${step.withdrawn.join(', ')})` : step.step,
      String(step.visits),
      list(step.cookies),
      list(step.storage),
      list(step.hosts),
    ]),
  ]);
  const verdict = report.ok
    ? 'No violation.'
    : `${report.violations.length} violation${report.violations.length === 1 ? '' : 's'}:\n\n${formatViolations(report.violations)}`;
  return `${head}\n\n${steps}\n\n${verdict}\n`;
}
