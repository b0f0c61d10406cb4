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

/** What `postgresLog` needs of a `pg` `Pool` (or `Client`): its `query`. */
export interface PostgresQueryable {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
}

const TABLE = 'charte_consent_records';

// One implicit transaction (a multi-statement simple query), under an advisory lock: servers starting together
// do not race to create the table. No IP address, no user agent (rule 27).
const SCHEMA = `
SELECT pg_advisory_xact_lock(7243520190);
CREATE TABLE IF NOT EXISTS ${TABLE} (
  id uuid PRIMARY KEY,
  decided_at bigint NOT NULL,
  expires_at bigint NOT NULL,
  received_at bigint NOT NULL,
  revision bigint NOT NULL,
  catalogue_hash text NOT NULL,
  lng text NOT NULL,
  method text NOT NULL,
  version text NOT NULL,
  categories jsonb NOT NULL,
  services jsonb NOT NULL
);
CREATE INDEX IF NOT EXISTS ${TABLE}_decided ON ${TABLE} (decided_at, id);
CREATE INDEX IF NOT EXISTS ${TABLE}_expires ON ${TABLE} (expires_at);
CREATE OR REPLACE FUNCTION ${TABLE}_append_only() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN RAISE EXCEPTION 'charte consent records are append-only'; END $$;
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = '${TABLE}_append_only') THEN
    CREATE TRIGGER ${TABLE}_append_only BEFORE UPDATE ON ${TABLE}
    FOR EACH ROW EXECUTE FUNCTION ${TABLE}_append_only();
  END IF;
END $$;
`;

const COLUMNS =
  'id, decided_at, expires_at, received_at, revision, catalogue_hash, lng, method, version, categories, services';

interface Row {
  id: string;
  // bigint columns arrive as strings.
  decided_at: string;
  expires_at: string;
  received_at: string;
  revision: string;
  catalogue_hash: string;
  lng: string;
  method: LoggedRecord['method'];
  version: string;
  categories: Record<string, boolean>;
  services: Record<string, boolean>;
}

const recordOf = (row: Row): LoggedRecord => ({
  id: row.id,
  decidedAt: Number(row.decided_at),
  expiresAt: Number(row.expires_at),
  revision: Number(row.revision),
  catalogueHash: row.catalogue_hash,
  lng: row.lng,
  method: row.method,
  version: row.version,
  categories: row.categories,
  services: row.services,
  receivedAt: Number(row.received_at),
});

const RANGE = 'decided_at >= $1 AND decided_at < $2';

/**
 * The proof log in PostgreSQL, for sites on several servers: give it a `pg` `Pool`. The table
 * `charte_consent_records` and its indexes are created on first use.
 */
export function postgresLog(pool: PostgresQueryable): ConsentLog {
  let setup: Promise<unknown> | undefined;
  const ready = () => {
    if (!setup) {
      setup = pool.query(SCHEMA);
      setup.catch(() => {
        setup = undefined;
      });
    }
    return setup;
  };
  const query = async <T>(text: string, values: unknown[]) => {
    await ready();
    const { rows, rowCount } = await pool.query(text, values);
    return { rows: rows as T[], rowCount: rowCount ?? 0 };
  };
  const get = async (id: string) => {
    const { rows } = await query<Row>(`SELECT ${COLUMNS} FROM ${TABLE} WHERE id = $1`, [id]);
    return rows[0] ? recordOf(rows[0]) : null;
  };

  return {
    async append(record: ConsentRecord, receivedAt = Date.now()): Promise<AppendResult> {
      const { rowCount } = await query(
        `INSERT INTO ${TABLE} (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (id) DO NOTHING`,
        [
          record.id,
          record.decidedAt,
          record.expiresAt,
          receivedAt,
          record.revision,
          record.catalogueHash,
          record.lng,
          record.method,
          record.version,
          JSON.stringify(record.categories),
          JSON.stringify(record.services),
        ],
      );
      if (rowCount === 1) return 'added';
      const stored = await get(record.id);
      return stored && sameRecord(stored, record) ? 'duplicate' : 'conflict';
    },
    get,
    async *export(range) {
      const { from, to } = bounds(range);
      // The nil UUID sorts before any record's id (a v4 UUID).
      let cursor: [number, string] = [from, '00000000-0000-0000-0000-000000000000'];
      for (;;) {
        const { rows } = await query<Row>(
          `SELECT ${COLUMNS} FROM ${TABLE} WHERE decided_at >= $1 AND decided_at < $2 AND (decided_at, id) > ($1, $3) ORDER BY decided_at, id LIMIT ${PAGE_SIZE}`,
          [cursor[0], to, cursor[1]],
        );
        for (const row of rows) yield recordOf(row);
        const last = rows.at(-1);
        if (!last || rows.length < PAGE_SIZE) return;
        cursor = [Number(last.decided_at), last.id];
      }
    },
    async stats(range) {
      const { from, to } = bounds(range);
      const acceptance = (group: 'categories' | 'services') =>
        query<AcceptanceRow>(
          `SELECT flag.key AS id, (count(*) FILTER (WHERE flag.value = 'true'))::int AS granted, count(*)::int AS total FROM ${TABLE}, jsonb_each(${group}) AS flag WHERE ${RANGE} GROUP BY flag.key ORDER BY flag.key`,
          [from, to],
        );
      const [perDay, categories, services] = await Promise.all([
        query<DayMethodCount>(
          `SELECT to_char(to_timestamp(decided_at / 1000) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, method, count(*)::int AS count FROM ${TABLE} WHERE ${RANGE} GROUP BY 1, 2 ORDER BY 1, 2`,
          [from, to],
        ),
        acceptance('categories'),
        acceptance('services'),
      ]);
      return statsFrom(perDay.rows, categories.rows, services.rows);
    },
    async purge(options) {
      return (await query(`DELETE FROM ${TABLE} WHERE expires_at < $1`, [purgeBefore(options)])).rowCount;
    },
    async close() {},
  };
}
