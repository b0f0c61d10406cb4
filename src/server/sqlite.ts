import type BetterSqlite3 from 'better-sqlite3';
import type { ConsentRecord } from '../core';
import {
  type AcceptanceRow,
  type AppendResult,
  bounds,
  type ConsentLog,
  type DayMethodCount,
  type LoggedRecord,
  PAGE_SIZE,
  purgeBefore,
  sameRecord,
  statsFrom,
} from './log';

const TABLE = 'charte_consent_records';

// No IP address, no user agent: nothing but the record and the time it arrived (rule 27).
const SCHEMA = `
CREATE TABLE IF NOT EXISTS ${TABLE} (
  id TEXT PRIMARY KEY,
  decided_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  received_at INTEGER NOT NULL,
  revision INTEGER NOT NULL,
  catalogue_hash TEXT NOT NULL,
  lng TEXT NOT NULL,
  method TEXT NOT NULL,
  version TEXT NOT NULL,
  categories TEXT NOT NULL,
  services TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS ${TABLE}_decided ON ${TABLE} (decided_at, id);
CREATE INDEX IF NOT EXISTS ${TABLE}_expires ON ${TABLE} (expires_at);
CREATE TRIGGER IF NOT EXISTS ${TABLE}_append_only BEFORE UPDATE ON ${TABLE}
BEGIN SELECT RAISE(ABORT, 'charte consent records are append-only'); END;
`;

interface Row {
  id: string;
  decided_at: number;
  expires_at: number;
  received_at: number;
  revision: number;
  catalogue_hash: string;
  lng: string;
  method: LoggedRecord['method'];
  version: string;
  categories: string;
  services: string;
}

const recordOf = (row: Row): LoggedRecord => ({
  id: row.id,
  decidedAt: row.decided_at,
  expiresAt: row.expires_at,
  revision: row.revision,
  catalogueHash: row.catalogue_hash,
  lng: row.lng,
  method: row.method,
  version: row.version,
  categories: JSON.parse(row.categories),
  services: JSON.parse(row.services),
  receivedAt: row.received_at,
});

const rowOf = (record: ConsentRecord, receivedAt: number): Row => ({
  id: record.id,
  decided_at: record.decidedAt,
  expires_at: record.expiresAt,
  received_at: receivedAt,
  revision: record.revision,
  catalogue_hash: record.catalogueHash,
  lng: record.lng,
  method: record.method,
  version: record.version,
  categories: JSON.stringify(record.categories),
  services: JSON.stringify(record.services),
});

/** Options of `sqliteLog`. */
export interface SqliteLogOptions {
  /**
   * `'full'` (the default) syncs each commit to disk, so an acknowledged record survives a power cut too;
   * `'normal'` survives a crash of the process but not of the machine.
   */
  readonly synchronous?: 'full' | 'normal';
}

async function open(path: string, synchronous: string) {
  let Database: typeof BetterSqlite3;
  try {
    Database = (await import('better-sqlite3')).default;
  } catch (error) {
    throw new Error('sqliteLog needs better-sqlite3: npm install better-sqlite3', { cause: error });
  }
  const db = new Database(path);
  // WAL: readers (the CLI) never block the server's writes.
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  return db;
}

const RANGE = 'decided_at >= @from AND decided_at < @to';

/**
 * The embedded proof log: one SQLite file at `path` (better-sqlite3), created with its table on first use.
 * Appends that arrive together are written in one transaction, acknowledged once it is committed.
 */
export function sqliteLog(path: string, { synchronous = 'full' }: SqliteLogOptions = {}): ConsentLog {
  if (synchronous !== 'full' && synchronous !== 'normal') {
    throw new RangeError(`synchronous: expected 'full' or 'normal', got ${String(synchronous)}`);
  }
  let opening: Promise<ReturnType<typeof prepare>> | undefined;
  let pending: { row: Row; record: ConsentRecord; done: (result: AppendResult) => void; fail: (e: unknown) => void }[] =
    [];

  function prepare(db: BetterSqlite3.Database) {
    const insert = db.prepare<Row>(
      `INSERT INTO ${TABLE} VALUES (@id, @decided_at, @expires_at, @received_at, @revision, @catalogue_hash, @lng, @method, @version, @categories, @services) ON CONFLICT (id) DO NOTHING`,
    );
    const byId = db.prepare<[string], Row>(`SELECT * FROM ${TABLE} WHERE id = ?`);
    const appendAll = db.transaction((batch: typeof pending) =>
      batch.map(({ row, record }): AppendResult => {
        if (insert.run(row).changes === 1) return 'added';
        const stored = byId.get(row.id);
        return stored && sameRecord(recordOf(stored), record) ? 'duplicate' : 'conflict';
      }),
    );
    return {
      db,
      byId,
      appendAll,
      // The cursor is the lower bound itself: with `from` beside it, SQLite would scan from `from` on every page.
      page: db.prepare<{ to: number; after: number; id: string }, Row>(
        `SELECT * FROM ${TABLE} WHERE decided_at >= @after AND decided_at < @to AND (decided_at, id) > (@after, @id) ORDER BY decided_at, id LIMIT ${PAGE_SIZE}`,
      ),
      perDay: db.prepare<{ from: number; to: number }, DayMethodCount>(
        `SELECT strftime('%Y-%m-%d', decided_at / 1000, 'unixepoch') AS day, method, count(*) AS count FROM ${TABLE} WHERE ${RANGE} GROUP BY day, method ORDER BY day, method`,
      ),
      acceptance: (group: 'categories' | 'services') =>
        db.prepare<{ from: number; to: number }, AcceptanceRow>(
          `SELECT flag.key AS id, sum(flag.value) AS granted, count(*) AS total FROM ${TABLE}, json_each(${TABLE}.${group}) AS flag WHERE ${RANGE} GROUP BY flag.key ORDER BY flag.key`,
        ),
      purge: db.prepare<[number]>(`DELETE FROM ${TABLE} WHERE expires_at < ?`),
    };
  }

  const ready = () => {
    if (!opening) {
      opening = open(path, synchronous).then(prepare);
      // A failed opening (missing module, unwritable folder) is tried again on the next call.
      opening.catch(() => {
        opening = undefined;
      });
    }
    return opening;
  };

  const flush = (statements: Awaited<ReturnType<typeof ready>>) => {
    const batch = pending;
    if (batch.length === 0) return;
    pending = [];
    try {
      const results = statements.appendAll(batch);
      batch.forEach((item, index) => {
        item.done(results[index] as AppendResult);
      });
    } catch (error) {
      for (const item of batch) item.fail(error);
    }
  };

  return {
    async append(record, receivedAt = Date.now()) {
      const statements = await ready();
      return new Promise<AppendResult>((done, fail) => {
        if (pending.push({ row: rowOf(record, receivedAt), record, done, fail }) === 1) {
          setImmediate(() => flush(statements));
        }
      });
    },
    async get(id) {
      const row = (await ready()).byId.get(id);
      return row ? recordOf(row) : null;
    },
    async *export(range) {
      const { page } = await ready();
      const { from, to } = bounds(range);
      let cursor = { after: from, id: '' };
      for (;;) {
        const rows = page.all({ to, ...cursor });
        for (const row of rows) yield recordOf(row);
        const last = rows.at(-1);
        if (!last || rows.length < PAGE_SIZE) return;
        cursor = { after: last.decided_at, id: last.id };
      }
    },
    async stats(range) {
      const { perDay, acceptance } = await ready();
      const params = bounds(range);
      return statsFrom(perDay.all(params), acceptance('categories').all(params), acceptance('services').all(params));
    },
    async purge(options) {
      return (await ready()).purge.run(purgeBefore(options)).changes;
    },
    async close() {
      const statements = await opening?.catch(() => undefined);
      if (statements && pending.length > 0) flush(statements);
      statements?.db.close();
      opening = undefined;
    },
  };
}
