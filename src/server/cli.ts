import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { type ConsentLog, type ConsentStats, DEFAULT_RETENTION_DAYS, type LoggedRecord, type TimeRange } from './log';
import { postgresLog } from './postgres';
import { sqliteLog } from './sqlite';

const USAGE = `Usage: charte-consent-log --db <file.sqlite | postgres://…> <command>

Reads the proof log that charte/server keeps (the --db value may come from CHARTE_CONSENT_DB instead).

Commands:
  export [--from <date>] [--to <date>] [--format ndjson|csv]
      every record decided in the range, oldest first, to stdout (ndjson by default)
  show <record-id>
      the record of that id (the one shown to the visitor), as JSON
  stats [--from <date>] [--to <date>] [--json]
      decisions per day and per method, and the acceptance rate of each category and service
  purge [--retention-days <days>]
      deletes the records whose choice ended more than <days> ago (${DEFAULT_RETENTION_DAYS} by default)

Dates are ISO 8601 (2026-01-31 or 2026-01-31T12:00:00Z); a plain date for --to includes that whole day (UTC).
Exit codes: 0 done, 1 no such record, 2 bad usage, 3 the log could not be read.
`;

class UsageError extends Error {}

const DAY_MS = 86_400_000;
const METHODS = ['accept-all', 'reject-all', 'custom', 'gpc', 'continue-without-accepting'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function parseDate(value: string | undefined, option: string, endOfDay: boolean): number | undefined {
  if (value === undefined) return undefined;
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new UsageError(`${option}: "${value}" is not an ISO 8601 date`);
  return endOfDay && /^\d{4}-\d{2}-\d{2}$/.test(value) ? time + DAY_MS : time;
}

async function openLog(db: string): Promise<{ log: ConsentLog; end: () => Promise<void> }> {
  if (!/^postgres(ql)?:\/\//.test(db)) {
    const log = sqliteLog(db);
    return { log, end: () => log.close() };
  }
  let Pool: typeof import('pg').Pool;
  try {
    Pool = (await import('pg')).default.Pool;
  } catch (error) {
    throw new Error('a PostgreSQL log needs pg: npm install pg', { cause: error });
  }
  const pool = new Pool({ connectionString: db, max: 2 });
  return { log: postgresLog(pool), end: () => pool.end() };
}

const iso = (time: number) => new Date(time).toISOString();

/** RFC 4180: quoted when it holds a comma, a quote or a line break. */
const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

async function write(out: NodeJS.WritableStream, text: string) {
  if (!out.write(text)) await once(out, 'drain');
}

async function exportRecords(log: ConsentLog, range: TimeRange, format: string, out: NodeJS.WritableStream) {
  if (format === 'ndjson') {
    for await (const record of log.export(range)) await write(out, `${JSON.stringify(record)}\n`);
    return;
  }
  // The columns of every id found in the range, known before the first row is streamed.
  const { categories, services } = await log.stats(range);
  const ids = [
    ...Object.keys(categories).map((id) => ['categories', id] as const),
    ...Object.keys(services).map((id) => ['services', id] as const),
  ];
  const fixed = ['id', 'decidedAt', 'expiresAt', 'receivedAt', 'revision', 'catalogueHash', 'lng', 'method', 'version'];
  await write(out, `${[...fixed, ...ids.map(([group, id]) => `${group}.${id}`)].map(cell).join(',')}\r\n`);
  for await (const record of log.export(range)) {
    const row = [
      record.id,
      iso(record.decidedAt),
      iso(record.expiresAt),
      iso(record.receivedAt),
      String(record.revision),
      record.catalogueHash,
      record.lng,
      record.method,
      record.version,
      ...ids.map(([group, id]) => String((record as LoggedRecord)[group][id] ?? '')),
    ];
    await write(out, `${row.map(cell).join(',')}\r\n`);
  }
}

const percent = (granted: number, total: number) => `${((100 * granted) / (total || 1)).toFixed(1)} %`;

function statsText(stats: ConsentStats): string {
  const methods = METHODS.filter((method) => stats.methods[method] !== undefined);
  const table = (rows: string[][]) => {
    const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
    return rows.map((row) => `  ${row.map((text, column) => text.padEnd(widths[column] ?? 0)).join('  ')}`.trimEnd());
  };
  const acceptance = (title: string, rows: ConsentStats['categories']) => [
    '',
    title,
    ...table(
      Object.entries(rows).map(([id, { granted, total }]) => [id, percent(granted, total), `${granted} of ${total}`]),
    ),
  ];
  return [
    `${stats.total} decisions`,
    '',
    'Decisions per day (UTC)',
    ...table([
      ['day', 'total', ...methods],
      ...stats.days.map(({ day, total, methods: counts }) => [
        day,
        String(total),
        ...methods.map((method) => String(counts[method] ?? 0)),
      ]),
    ]),
    '',
    'Decisions per method',
    ...table(
      methods.map((method) => [
        method,
        String(stats.methods[method]),
        percent(stats.methods[method] ?? 0, stats.total),
      ]),
    ),
    ...acceptance('Acceptance per category', stats.categories),
    ...acceptance('Acceptance per service', stats.services),
    '',
  ].join('\n');
}

async function run(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string', default: 'ndjson' },
      json: { type: 'boolean', default: false },
      'retention-days': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help) {
    await write(out, USAGE);
    return 0;
  }
  const db = values.db ?? process.env.CHARTE_CONSENT_DB;
  if (!db) throw new UsageError('--db is missing');
  const range = { from: parseDate(values.from, '--from', false), to: parseDate(values.to, '--to', true) };
  const known = { export: 0, show: 1, stats: 0, purge: 0 } as const;
  if (!command || !Object.hasOwn(known, command)) throw new UsageError(`unknown command "${command ?? ''}"`);
  if (rest.length !== known[command as keyof typeof known]) throw new UsageError(`${command}: wrong arguments`);
  if (!['ndjson', 'csv'].includes(values.format)) throw new UsageError('--format: expected ndjson or csv');
  const id = rest[0] ?? '';
  if (command === 'show' && !UUID.test(id)) throw new UsageError(`show: "${id}" is not a record id (a UUID)`);
  const retentionDays = values['retention-days'] === undefined ? undefined : Number(values['retention-days']);
  if (retentionDays !== undefined && !(retentionDays >= 0)) throw new UsageError('--retention-days: expected days ≥ 0');
  const { from, to } = range;
  const inRange: TimeRange = { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };

  const { log, end } = await openLog(db);
  try {
    switch (command) {
      case 'export':
        await exportRecords(log, inRange, values.format, out);
        return 0;
      case 'show': {
        const record = await log.get(id);
        if (!record) {
          process.stderr.write(`charte-consent-log: no record ${id}\n`);
          return 1;
        }
        await write(out, `${JSON.stringify(record, null, 2)}\n`);
        return 0;
      }
      case 'stats': {
        const stats = await log.stats(inRange);
        await write(out, values.json ? `${JSON.stringify(stats, null, 2)}\n` : statsText(stats));
        return 0;
      }
      default: {
        const purged = await log.purge(retentionDays === undefined ? {} : { retentionDays });
        await write(out, `${purged} records purged\n`);
        return 0;
      }
    }
  } finally {
    await end();
  }
}

run(process.argv.slice(2), process.stdout).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`charte-consent-log: ${(error as Error).message}\n${usage ? `\n${USAGE}` : ''}`);
    process.exitCode = usage ? 2 : 3;
  },
);
// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
