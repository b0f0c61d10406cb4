// npm run bench:server: charte/server under load and under kill -9, on each store, and a million-record export
// (issue 19). Prints markdown for BENCHMARKS.md on stdout, progress on stderr. Options: --seconds 60 --clients 50
// --crashes 3 --rows 1000000 --stores sqlite,postgres.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { postgresLog, sqliteLog } from '../../dist/server.js';
import { startPostgres } from '../../test/server/postgres.mjs';
import { templates } from './catalogue.mjs';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    clients: { type: 'string', default: '50' },
    crashes: { type: 'string', default: '3' },
    rows: { type: 'string', default: '1000000' },
    stores: { type: 'string', default: 'sqlite,postgres' },
  },
});
const SECONDS = Number(values.seconds);
const CLIENTS = Number(values.clients);
const CRASHES = Number(values.crashes);
const ROWS = Number(values.rows);
const STORES = values.stores.split(',');

const root = fileURLToPath(new URL('../..', import.meta.url));
if (!existsSync(join(root, 'dist', 'server.js'))) {
  console.error('bench:server: dist/ is missing; run `npm run build` first (npm run bench:server does).');
  process.exit(1);
}
const work = mkdtempSync(join(os.tmpdir(), 'charte-bench-server-'));
const started = performance.now();
const progress = (message) =>
  console.error(`[bench:server ${((performance.now() - started) / 1000).toFixed(0)} s] ${message}`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const TABLE = 'charte_consent_records';

/** Starts bench/server/serve.mjs on `store` in its own process group; `kill(signal)` ends the group by its PID. */
async function serve(store, target) {
  const child = spawn(process.execPath, [join(root, 'bench/server/serve.mjs'), store, target], {
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  const origin = await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
    child.stdout.on('data', (chunk) => {
      const found = /listening on (\S+)/.exec(String(chunk));
      if (found) resolve(found[1]);
    });
  });
  child.removeAllListeners('exit');
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    origin,
    async kill(signal) {
      process.kill(-child.pid, signal);
      await exited;
    },
  };
}

/** `clients` loops posting fresh records as charte/beacon does, while `running()`; `sent` before, `done` after. */
async function load({ origin, running, sent = () => {}, done = () => {} }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
  const bases = templates();
  let sequence = 0;
  const post = (body) =>
    new Promise((resolve) => {
      const begun = performance.now();
      const request = http.request(
        `${origin}/api/consent`,
        {
          method: 'POST',
          agent,
          headers: {
            origin,
            'sec-fetch-site': 'same-origin',
            'content-type': 'text/plain;charset=UTF-8',
            'content-length': Buffer.byteLength(body),
          },
        },
        (response) => {
          response.resume();
          response.on('end', () => resolve({ status: response.statusCode, ms: performance.now() - begun }));
          response.on('error', () => resolve({ status: 0, ms: performance.now() - begun }));
        },
      );
      request.on('error', () => resolve({ status: 0, ms: performance.now() - begun }));
      request.end(body);
    });
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (running()) {
        const record = { ...bases[sequence++ % bases.length], id: crypto.randomUUID() };
        const body = JSON.stringify(record);
        sent(record.id, body);
        done(record.id, await post(body));
      }
    }),
  );
  agent.destroy();
}

/** Posts every body once more, 50 at a time, as the beacon's outbox would; resolves to the count per status. */
async function repost(origin, bodies) {
  const statuses = {};
  let next = 0;
  const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < bodies.length) {
        const body = bodies[next++];
        const status = await new Promise((resolve) => {
          const request = http.request(
            `${origin}/api/consent`,
            { method: 'POST', agent, headers: { origin, 'content-length': Buffer.byteLength(body) } },
            (response) => {
              response.resume();
              response.on('end', () => resolve(response.statusCode));
            },
          );
          request.on('error', () => resolve(0));
          request.end(body);
        });
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }),
  );
  agent.destroy();
  return statuses;
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

async function throughput(store, target) {
  const server = await serve(store, target);
  const warmUp = performance.now() + 3000;
  await load({ origin: server.origin, running: () => performance.now() < warmUp });
  const latencies = [];
  const others = {};
  const begun = performance.now();
  const end = begun + SECONDS * 1000;
  const loadBefore = os.loadavg()[0];
  await load({
    origin: server.origin,
    running: () => performance.now() < end,
    done: (_, { status, ms }) => {
      if (status === 204) latencies.push(ms);
      else others[status] = (others[status] ?? 0) + 1;
    },
  });
  const seconds = (performance.now() - begun) / 1000;
  await server.kill('SIGTERM');
  latencies.sort((a, b) => a - b);
  return {
    acknowledged: latencies.length,
    perSecond: latencies.length / seconds,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    max: latencies.at(-1) ?? 0,
    others,
    load: [loadBefore, os.loadavg()[0]],
  };
}

/** Each stored id and how many rows it has, read behind the server's back. */
async function storedIds(store, target) {
  const counts = new Map();
  const rows =
    store === 'sqlite'
      ? (() => {
          const db = new Database(target, { readonly: true });
          try {
            return db.prepare(`SELECT id, count(*) AS n FROM ${TABLE} GROUP BY id`).all();
          } finally {
            db.close();
          }
        })()
      : await (async () => {
          const client = new pg.Client({ connectionString: target });
          await client.connect();
          try {
            return (await client.query(`SELECT id, count(*)::int AS n FROM ${TABLE} GROUP BY id`)).rows;
          } finally {
            await client.end();
          }
        })();
  for (const { id, n } of rows) counts.set(id, n);
  return counts;
}

async function crash(store, target) {
  let server = await serve(store, target);
  const sent = new Map();
  const acknowledged = new Set();
  let killed = false;
  const killAfter = 3000 + Math.random() * 4000;
  const loading = load({
    origin: server.origin,
    running: () => !killed,
    sent: (id, body) => sent.set(id, body),
    done: (id, { status }) => {
      if (status === 204) acknowledged.add(id);
    },
  });
  await sleep(killAfter);
  await server.kill('SIGKILL');
  killed = true;
  await loading;
  server = await serve(store, target);
  const afterRestart = await storedIds(store, target);
  const missing = [...acknowledged].filter((id) => !afterRestart.has(id)).length;
  const twice = [...afterRestart.values()].filter((n) => n > 1).length;
  const unacknowledged = [...sent.keys()].filter((id) => !acknowledged.has(id));
  const committedUnacknowledged = unacknowledged.filter((id) => afterRestart.has(id)).length;
  const statuses = await repost(server.origin, [...sent.values()]);
  const final = await storedIds(store, target);
  await server.kill('SIGTERM');
  return {
    killAfter,
    sent: sent.size,
    acknowledged: acknowledged.size,
    unacknowledged: unacknowledged.length,
    committedUnacknowledged,
    missing,
    twice,
    statuses,
    finalRows: [...final.values()].reduce((sum, n) => sum + n, 0),
    finalTwice: [...final.values()].filter((n) => n > 1).length,
    finalMissing: [...sent.keys()].filter((id) => !final.has(id)).length,
  };
}

const DAY = 86_400_000;
const SEED_START = Date.UTC(2026, 0, 1);

/** Writes `rows` records straight into the store's table (made by the log), one per second from SEED_START. */
async function seed(store, target, rows) {
  const [accept, reject, save] = templates(SEED_START);
  const flags = (group) => [accept, reject, save].map((record) => JSON.stringify(record[group]));
  const [c0, c1, c2] = flags('categories');
  const [s0, s1, s2] = flags('services');
  const life = 183 * DAY;
  if (store === 'sqlite') {
    const log = sqliteLog(target);
    await log.get('00000000-0000-4000-8000-000000000000');
    await log.close();
    const db = new Database(target);
    db.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < @rows - 1)
       INSERT INTO ${TABLE} SELECT printf('%08x-0000-4000-8000-%012x', i, i), @start + i * 1000, @start + i * 1000 + @life,
         @start + i * 1000 + 500, 1, @hash, 'fr', CASE i % 3 WHEN 0 THEN 'accept-all' WHEN 1 THEN 'reject-all' ELSE 'custom' END,
         @version, CASE i % 3 WHEN 0 THEN @c0 WHEN 1 THEN @c1 ELSE @c2 END, CASE i % 3 WHEN 0 THEN @s0 WHEN 1 THEN @s1 ELSE @s2 END
       FROM n`,
    ).run({
      rows,
      start: SEED_START,
      life,
      hash: accept.catalogueHash,
      version: accept.version,
      c0,
      c1,
      c2,
      s0,
      s1,
      s2,
    });
    db.close();
    return;
  }
  const pool = new pg.Pool({ connectionString: target, max: 1 });
  await postgresLog(pool).get('00000000-0000-4000-8000-000000000000');
  await pool.query(
    `INSERT INTO ${TABLE} SELECT (lpad(to_hex(i), 8, '0') || '-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid,
       $1::bigint + i * 1000, $1::bigint + i * 1000 + $2, $1::bigint + i * 1000 + 500, 1, $3, 'fr',
       (ARRAY['accept-all', 'reject-all', 'custom'])[i % 3 + 1], $4,
       (ARRAY[$5::jsonb, $6::jsonb, $7::jsonb])[i % 3 + 1], (ARRAY[$8::jsonb, $9::jsonb, $10::jsonb])[i % 3 + 1]
     FROM generate_series(0, $11 - 1) AS i`,
    [SEED_START, life, accept.catalogueHash, accept.version, c0, c1, c2, s0, s1, s2, rows],
  );
  await pool.query(`VACUUM ANALYZE ${TABLE}`);
  await pool.end();
}

/** Runs the built CLI's export of the first `rows` records; resolves to its time, output and peak memory. */
async function exportRun(target, rows, format) {
  const rssFile = join(work, `rss-${rows}-${format}`);
  const to = new Date(SEED_START + rows * 1000).toISOString();
  const begun = performance.now();
  const child = spawn(
    process.execPath,
    [
      '--require',
      join(root, 'bench/server/max-rss.cjs'),
      join(root, 'dist/consent-log.js'),
      '--db',
      target,
      'export',
      '--format',
      format,
      '--to',
      to,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, MAX_RSS_FILE: rssFile } },
  );
  let bytes = 0;
  let lines = 0;
  child.stdout.on('data', (chunk) => {
    bytes += chunk.length;
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
  });
  const code = await new Promise((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`export exited with ${code}`);
  const seconds = (performance.now() - begun) / 1000;
  return {
    rows,
    format,
    records: format === 'csv' ? lines - 1 : lines,
    seconds,
    megabytes: bytes / 1e6,
    peakMb: Number(readFileSync(rssFile, 'utf8')) / 1024,
  };
}

const results = { throughput: {}, crashes: {}, exports: {} };
let postgres;
try {
  postgres = STORES.includes('postgres') ? await startPostgres({ durable: true }) : undefined;
  let databases = 0;
  const fresh = async (store) =>
    store === 'sqlite' ? join(work, `log-${++databases}.sqlite`) : postgres.createDatabase(`bench_${++databases}`);
  for (const store of STORES) {
    progress(`${store}: ${CLIENTS} clients for ${SECONDS} s`);
    results.throughput[store] = await throughput(store, await fresh(store));
    results.crashes[store] = [];
    for (let round = 1; round <= CRASHES; round++) {
      progress(`${store}: kill -9 round ${round}`);
      results.crashes[store].push(await crash(store, await fresh(store)));
    }
    progress(`${store}: seeding ${ROWS} records`);
    const target = await fresh(store);
    await seed(store, target, ROWS);
    results.exports[store] = [];
    for (const [rows, format] of [
      [ROWS / 100, 'ndjson'],
      [ROWS / 10, 'ndjson'],
      [ROWS, 'ndjson'],
      [ROWS, 'csv'],
    ]) {
      progress(`${store}: export of ${rows} records as ${format}`);
      results.exports[store].push(await exportRun(target, rows, format));
    }
  }
  const versions = {
    sqlite: new Database(':memory:').prepare('SELECT sqlite_version() AS v').get().v,
    postgres: postgres
      ? await (async () => {
          const client = new pg.Client({ connectionString: postgres.url });
          await client.connect();
          const { rows } = await client.query('SHOW server_version');
          await client.end();
          return rows[0].server_version;
        })()
      : undefined,
  };
  console.log(report(versions));
} finally {
  await postgres?.stop();
  rmSync(work, { recursive: true, force: true });
}

function report(versions) {
  const f = (n, digits = 1) =>
    n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const n = (count) => count.toLocaleString('en-GB');
  const names = {
    sqlite: `SQLite ${versions.sqlite} (better-sqlite3, WAL, synchronous=FULL)`,
    postgres: `PostgreSQL ${versions.postgres} (pg, pool of 20, fsync on)`,
  };
  const lines = [
    `Run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; Node ${process.version}; ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}); the load generator, the server and PostgreSQL share them.`,
    '',
    `### Load: ${CLIENTS} clients for ${SECONDS} s on loopback`,
    '',
    '| store | records/s | p50 | p99 | max | acknowledged (204) | other answers | load average (1 min) before → after |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...STORES.map((store) => {
      const t = results.throughput[store];
      const others =
        Object.entries(t.others)
          .map(([status, count]) => `${count} × ${status || 'no answer'}`)
          .join(', ') || 'none';
      return `| ${names[store]} | ${n(Math.round(t.perSecond))} | ${f(t.p50)} ms | ${f(t.p99)} ms | ${f(t.max)} ms | ${n(t.acknowledged)} | ${others} | ${f(t.load[0], 2)} → ${f(t.load[1], 2)} |`;
    }),
    '',
    `### kill -9 in the middle of the load, then a restart`,
    '',
    `${CLIENTS} clients post; the server's process group gets SIGKILL 3 to 7 s in; the server restarts on the same store, the log is read directly, then every record sent is posted again (as the beacon's outbox would).`,
    '',
    '| store | round | killed after | sent | acknowledged (204) | acknowledged but missing after restart | ids stored twice | unacknowledged, already stored | re-posted: answers | then: rows / distinct ids sent, missing, twice |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...STORES.flatMap((store) =>
      results.crashes[store].map((c, index) => {
        const answers = Object.entries(c.statuses)
          .map(([status, count]) => `${n(count)} × ${status || 'no answer'}`)
          .join(', ');
        return `| ${store} | ${index + 1} | ${f(c.killAfter / 1000)} s | ${n(c.sent)} | ${n(c.acknowledged)} | **${c.missing}** | **${c.twice}** | ${c.committedUnacknowledged} of ${c.unacknowledged} | ${answers} | ${n(c.finalRows)} / ${n(c.sent)}, ${c.finalMissing}, ${c.finalTwice} |`;
      }),
    ),
    '',
    `### Export by the CLI (\`charte-consent-log export\`), to a pipe`,
    '',
    '| store | records | format | seconds | records/s | output | peak RSS of the CLI |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...STORES.flatMap((store) =>
      results.exports[store].map(
        (e) =>
          `| ${store} | ${n(e.records)} | ${e.format} | ${f(e.seconds)} | ${n(Math.round(e.records / e.seconds))} | ${f(e.megabytes, 0)} MB | ${f(e.peakMb, 0)} MB |`,
      ),
    ),
  ];
  return lines.join('\n');
}
