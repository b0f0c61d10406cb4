#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { AuditError } from './catalogue';
import { loadCatalogue } from './load';
import { formatReport } from './report';
import { auditSite } from './run';

const usage = `Usage: charte-audit <url>... --catalogue <module> [options]

Plays a visitor over each URL in Chromium (before any choice, after "reject all", after "accept all",
after withdrawing each category) and reports what the catalogue does not allow.

  --catalogue <module>       module exporting the catalogue, as default or as \`catalogue\` (.js, .mjs;
                             .ts with jiti installed)
  --json                     print the report as JSON
  --chromium <path>          Chromium or Chrome executable (default: CHROMIUM_PATH, then /usr/bin/chromium, ...)
  --cookie-name <name>       the kit's storage cookie, as given to the provider (default: charte)
  --max-age-days <days>      the provider's maxAgeDays, the storage cookie's lifetime (default: 183)
  --allow-host <host>        a host the site may always call, such as its CDN; *.example.org for subdomains
  --service-host <id=host>   attribute requests to <host> to the service <id>
  --tolerance-days <days>    days a cookie may outlive its declared duration (default: 1)
  --settle <ms>              wait after the network is idle, for scripts that write later (default: 500)
  --chromium-arg <arg>       one more Chromium switch, as --chromium-arg=--proxy-server=...

Exit code: 0 without violation, 1 with violations, 2 when the audit could not run.`;

/** Parses a number option, or says which one is wrong. */
function number(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) throw new AuditError(`--${name} expects a number ≥ 0, got "${value}"`);
  return parsed;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      catalogue: { type: 'string' },
      json: { type: 'boolean' },
      chromium: { type: 'string' },
      'cookie-name': { type: 'string' },
      'max-age-days': { type: 'string' },
      'allow-host': { type: 'string', multiple: true },
      'service-host': { type: 'string', multiple: true },
      'tolerance-days': { type: 'string' },
      settle: { type: 'string' },
      'chromium-arg': { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (!values.catalogue || positionals.length === 0) {
    console.error(usage);
    return 2;
  }
  const serviceHosts: Record<string, string[]> = {};
  for (const pair of values['service-host'] ?? []) {
    const [service, host] = pair.split('=');
    if (!service || !host) throw new AuditError(`--service-host expects <service id>=<host>, got "${pair}"`);
    serviceHosts[service] = [...(serviceHosts[service] ?? []), host];
  }
  const catalogue = await loadCatalogue(values.catalogue);
  for (const service of Object.keys(serviceHosts)) {
    if (!catalogue.serviceIds.includes(service))
      throw new AuditError(`--service-host: no service "${service}" in the catalogue`);
  }
  const maxAgeDays = number('max-age-days', values['max-age-days']);
  const toleranceDays = number('tolerance-days', values['tolerance-days']);
  const settleMs = number('settle', values.settle);
  const report = await auditSite({
    urls: positionals,
    catalogue,
    serviceHosts,
    allowHosts: values['allow-host'] ?? [],
    launchOptions: { args: values['chromium-arg'] ?? [] },
    ...(values.chromium ? { chromium: values.chromium } : {}),
    ...(values['cookie-name'] ? { cookieName: values['cookie-name'] } : {}),
    ...(maxAgeDays === undefined ? {} : { maxAgeDays }),
    ...(toleranceDays === undefined ? {} : { toleranceDays }),
    ...(settleMs === undefined ? {} : { settleMs }),
  });
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  return report.ok ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Wrong usage (parseArgs) and an audit that could not run are told in one line; anything else is a bug.
    const told = error instanceof AuditError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    console.error(`charte-audit: ${told ? (error as Error).message : (error as Error).stack}`);
    process.exitCode = 2;
  },
);
