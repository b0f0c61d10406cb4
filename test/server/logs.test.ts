import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ConsentRecord } from '../../src/core';
import { type ConsentLog, DEFAULT_RETENTION_DAYS, postgresLog, sqliteLog } from '../../src/server';
import { montreuilDemo } from '../fixtures/montreuil';
import { postgresDatabase, recordOf, temporaryFolder } from './helpers';

const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 1);
const folder = temporaryFolder();

/** What each store is made of, and how a test looks at its table behind the log's back. */
interface Store {
  readonly log: ConsentLog;
  /** Runs SQL on the store's own database. */
  sql(text: string): Promise<Record<string, unknown>[]>;
}

const stores: Record<string, () => Promise<Store>> = {
  'SQLite (a real file)': async () => {
    const file = join(folder, `${crypto.randomUUID()}.sqlite`);
    return {
      log: sqliteLog(file),
      async sql(text) {
        const db = new Database(file);
        try {
          if (/^\s*select/i.test(text)) return db.prepare(text).all() as Record<string, unknown>[];
          db.exec(text);
          return [];
        } finally {
          db.close();
        }
      },
    };
  },
  'PostgreSQL (started by the test project)': async () => {
    const { pool } = await postgresDatabase();
    return { log: postgresLog(pool), sql: async (text) => (await pool.query(text)).rows };
  },
};

/** Decisions spread over days: the n-th decided at START + n × `spacing`, methods in turn. */
function decisions(count: number, spacing = DAY / 10): ConsentRecord[] {
  const types = ['ACCEPT_ALL', 'REJECT_ALL', 'SAVE'] as const;
  return Array.from({ length: count }, (_, n) => recordOf(montreuilDemo, types[n % 3], { now: START + n * spacing }));
}

async function all<T>(iterable: AsyncIterable<T>) {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe.each(Object.keys(stores))('the proof log in %s', (name) => {
  let store: Store;
  beforeAll(async () => {
    store = await (stores[name] as () => Promise<Store>)();
    return () => store.log.close();
  });

  describe('given a database it has not used yet', () => {
    it('creates its table and indexes on the first append, with no column for an IP address or a user agent', async () => {
      const record = recordOf(montreuilDemo, 'ACCEPT_ALL', { now: START });
      expect(await store.log.append(record, START + 1000)).toBe('added');
      const columns = name.startsWith('SQLite')
        ? (await store.sql(`SELECT name FROM pragma_table_info('charte_consent_records')`)).map(({ name }) => name)
        : (
            await store.sql(
              `SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'charte_consent_records' ORDER BY ordinal_position`,
            )
          ).map(({ name }) => name);
      expect(columns).toEqual([
        'id',
        'decided_at',
        'expires_at',
        'received_at',
        'revision',
        'catalogue_hash',
        'lng',
        'method',
        'version',
        'categories',
        'services',
      ]);
      const indexes = name.startsWith('SQLite')
        ? await store.sql(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'charte_consent_records'`)
        : await store.sql(`SELECT indexname AS name FROM pg_indexes WHERE tablename = 'charte_consent_records'`);
      expect(indexes.map(({ name }) => name)).toEqual(
        expect.arrayContaining(['charte_consent_records_decided', 'charte_consent_records_expires']),
      );
      expect(await store.log.get(record.id)).toEqual({ ...record, receivedAt: START + 1000 });
    });
  });

  describe('when a record is appended twice at once, then reordered, then changed', () => {
    it('stores its id once: the same record again is a duplicate, another one a conflict, and nothing changes', async () => {
      const record = recordOf(montreuilDemo, 'SAVE', { now: START + DAY });
      const results = await Promise.all([store.log.append(record), store.log.append(record)]);
      expect(results.sort()).toEqual(['added', 'duplicate']);
      const reordered = { ...record, categories: Object.fromEntries(Object.entries(record.categories).reverse()) };
      expect(await store.log.append(reordered)).toBe('duplicate');
      expect(await store.log.append({ ...record, method: 'accept-all' })).toBe('conflict');
      expect(await store.log.get(record.id)).toMatchObject({ method: 'custom', categories: record.categories });
      const [{ count }] = (await store.sql(
        `SELECT count(*) AS count FROM charte_consent_records WHERE id = '${record.id}'`,
      )) as [{ count: unknown }];
      expect(Number(count)).toBe(1);
    });
  });

  describe('when an UPDATE is run on its table', () => {
    it('is append-only: the database itself refuses it', async () => {
      const record = recordOf(montreuilDemo, 'REJECT_ALL', { now: START + 2 * DAY });
      await store.log.append(record);
      await expect(
        store.sql(`UPDATE charte_consent_records SET method = 'accept-all' WHERE id = '${record.id}'`),
      ).rejects.toThrow('append-only');
      expect(await store.log.get(record.id)).toMatchObject({ method: 'reject-all' });
    });
  });

  describe('when 300 records are appended at once', () => {
    it('takes them all, each acknowledged once it is stored', async () => {
      const burst = decisions(300, 1000).map((record) => ({ ...record, id: crypto.randomUUID() }));
      expect(new Set(await Promise.all(burst.map((record) => store.log.append(record))))).toEqual(new Set(['added']));
      for (const record of burst.slice(0, 5)) expect(await store.log.get(record.id)).toMatchObject(record);
    });
  });

  describe('given 2,500 decisions over 250 days', () => {
    const seeded = decisions(2500);
    const inRange = (from: number, to: number) =>
      seeded
        .filter(({ decidedAt }) => decidedAt >= from && decidedAt < to)
        .sort((a, b) => a.decidedAt - b.decidedAt || (a.id < b.id ? -1 : 1))
        .map(({ id }) => id);
    const from = START + 100 * DAY;
    const to = START + 200 * DAY;

    beforeAll(async () => {
      await store.sql('DELETE FROM charte_consent_records');
      for (let start = 0; start < seeded.length; start += 250) {
        await Promise.all(
          seeded.slice(start, start + 250).map((record) => store.log.append(record, record.decidedAt + 500)),
        );
      }
    });

    describe('when exported whole', () => {
      it('yields them all, oldest first, through several pages', async () => {
        const exported = await all(store.log.export());
        expect(exported.map(({ id }) => id)).toEqual(inRange(0, Number.MAX_SAFE_INTEGER));
        expect(exported[7]).toEqual({ ...seeded[7], receivedAt: (seeded[7] as ConsentRecord).decidedAt + 500 });
      });
    });

    describe('when exported from one date to another', () => {
      it('yields the range: from included, to excluded', async () => {
        const exported = await all(store.log.export({ from, to }));
        expect(exported.map(({ id }) => id)).toEqual(inRange(from, to));
        expect(exported).toHaveLength(1000);
      });
    });

    describe('when asked for the stats of a range', () => {
      it('counts decisions per day and method, and how often each category and service was granted', async () => {
        const stats = await store.log.stats({ from, to });
        expect(stats.total).toBe(1000);
        expect(stats.days).toHaveLength(100);
        expect(stats.days[0]).toEqual({
          day: '2026-04-11',
          total: 10,
          methods: { 'accept-all': 3, 'reject-all': 4, custom: 3 },
        });
        expect(stats.methods).toEqual({ 'accept-all': 333, 'reject-all': 334, custom: 333 });
        // Accept-all grants everything; refusal and saving the untouched dialog only the required and exempt ones.
        expect(stats.categories).toEqual({
          necessary: { granted: 1000, total: 1000 },
          audience: { granted: 1000, total: 1000 },
          statistics: { granted: 333, total: 1000 },
          video: { granted: 333, total: 1000 },
        });
        expect(stats.services).toMatchObject({
          youtube: { granted: 333, total: 1000 },
          auth: { granted: 1000, total: 1000 },
        });
      });
    });

    describe('when purged', () => {
      it('deletes the records whose choice ended more than the retention ago, five years by default', async () => {
        // The first record's choice ends at START + 183 days; the 2,500th at START + 250 + 183 days.
        const firstExpiry = START + 183 * DAY;
        expect(await store.log.purge({ now: firstExpiry + DEFAULT_RETENTION_DAYS * DAY - 1 })).toBe(0);
        expect(DEFAULT_RETENTION_DAYS).toBe(1826);
        expect(await store.log.purge({ now: firstExpiry + 10 * DAY, retentionDays: 0 })).toBe(100);
        expect(await store.log.get((seeded[99] as ConsentRecord).id)).toBeNull();
        expect(await store.log.get((seeded[100] as ConsentRecord).id)).not.toBeNull();
        await expect(store.log.purge({ retentionDays: -1 })).rejects.toThrow('retentionDays');
      });
    });
  });
});

describe('sqliteLog', () => {
  describe('given a synchronous setting it does not know', () => {
    it('refuses it', () => {
      expect(() => sqliteLog(join(folder, 'x.sqlite'), { synchronous: 'off' as 'full' })).toThrow('synchronous');
    });
  });

  describe('given a file in a folder that does not exist yet', () => {
    it('rejects while the file cannot be opened, and opens it once it can', async () => {
      const missing = join(folder, 'not-yet', 'log.sqlite');
      const log = sqliteLog(missing);
      const record = recordOf(montreuilDemo, 'ACCEPT_ALL', { now: START });
      await expect(log.append(record)).rejects.toThrow();
      const { mkdirSync } = await import('node:fs');
      mkdirSync(join(folder, 'not-yet'));
      expect(await log.append(record)).toBe('added');
      await log.close();
    });
  });
});
