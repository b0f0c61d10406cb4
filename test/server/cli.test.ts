import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ConsentRecord } from '../../src/core';
import { postgresLog, sqliteLog } from '../../src/server';
import { montreuilDemo } from '../fixtures/montreuil';
import { postgresDatabase, recordOf, temporaryFolder } from './helpers';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(root, 'dist', 'consent-log.js');
const DAY = 86_400_000;
const START = Date.UTC(2026, 2, 1, 9);

/** Runs the built CLI (`npm run build`) as the DPO would, and resolves to its exit code and output. */
function cli(args: string[], env: Record<string, string> = {}) {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does)`);
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile('node', [CLI, ...args], { env: { ...process.env, ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

/** Six decisions over three days: accept, refuse, save the untouched dialog, and so on. */
const seeded: ConsentRecord[] = (
  ['ACCEPT_ALL', 'REJECT_ALL', 'SAVE', 'ACCEPT_ALL', 'REJECT_ALL', 'REJECT_ALL'] as const
).map((type, n) => recordOf(montreuilDemo, type, { now: START + Math.floor(n / 2) * DAY + n * 60_000 }));
const received = (record: ConsentRecord) => record.decidedAt + 2000;

const folder = temporaryFolder();
const databases: Record<string, string> = {};

describe('charte-consent-log', () => {
  beforeAll(async () => {
    databases.sqlite = join(folder, 'proof.sqlite');
    const sqlite = sqliteLog(databases.sqlite);
    const { url, pool } = await postgresDatabase();
    databases.postgres = url;
    const postgres = postgresLog(pool);
    for (const log of [sqlite, postgres]) for (const record of seeded) await log.append(record, received(record));
    await sqlite.close();
  });

  describe.each(['sqlite', 'postgres'])('given a seeded %s log', (store) => {
    const db = () => databases[store] as string;

    describe('when export runs', () => {
      it('streams every record as NDJSON, oldest first, with the time it was received', async () => {
        const { code, stdout } = await cli(['--db', db(), 'export']);
        expect(code).toBe(0);
        const lines = stdout
          .trimEnd()
          .split('\n')
          .map((line) => JSON.parse(line));
        expect(lines).toEqual(seeded.map((record) => ({ ...record, receivedAt: received(record) })));
      });
    });

    describe('when export runs with --from and --to', () => {
      it('keeps the range, a plain --to date including its whole day', async () => {
        const { stdout } = await cli(['--db', db(), 'export', '--from', '2026-03-02', '--to', '2026-03-02']);
        const ids = stdout
          .trimEnd()
          .split('\n')
          .map((line) => JSON.parse(line).id);
        expect(ids).toEqual(seeded.slice(2, 4).map(({ id }) => id));
      });
    });

    describe('when export runs with --format csv', () => {
      it('writes one column per field and per category and service', async () => {
        const { code, stdout } = await cli(['--db', db(), 'export', '--format', 'csv', '--to', '2026-03-01T09:00:30Z']);
        expect(code).toBe(0);
        const [header, row, ...rest] = stdout.split('\r\n');
        expect(rest).toEqual(['']);
        expect(header).toBe(
          'id,decidedAt,expiresAt,receivedAt,revision,catalogueHash,lng,method,version,' +
            'categories.audience,categories.necessary,categories.statistics,categories.video,' +
            'services.analytics,services.auth,services.csrf,services.language,services.matomo,services.preferences,services.youtube',
        );
        const first = seeded[0] as ConsentRecord;
        expect(row).toBe(
          [
            first.id,
            new Date(first.decidedAt).toISOString(),
            new Date(first.expiresAt).toISOString(),
            new Date(received(first)).toISOString(),
            1,
            first.catalogueHash,
            'fr',
            'accept-all',
            first.version,
            ...Array(11).fill('true'),
          ].join(','),
        );
      });
    });

    describe('when show runs', () => {
      it('prints the record of an id, and exits 1 for an id it does not hold', async () => {
        const record = seeded[4] as ConsentRecord;
        const shown = await cli(['--db', db(), 'show', record.id]);
        expect(shown.code).toBe(0);
        expect(JSON.parse(shown.stdout)).toEqual({ ...record, receivedAt: received(record) });
        const missing = await cli(['--db', db(), 'show', crypto.randomUUID()]);
        expect(missing).toMatchObject({ code: 1, stdout: '', stderr: expect.stringContaining('no record') });
      });
    });

    describe('when stats runs', () => {
      it('shows decisions per day and method, and the acceptance rate of each category', async () => {
        const { code, stdout } = await cli(['--db', db(), 'stats']);
        expect(code).toBe(0);
        const lines = stdout.split('\n').map((line) => line.replace(/ +/g, ' ').trim());
        expect(lines).toEqual(
          expect.arrayContaining([
            '6 decisions',
            'day total accept-all reject-all custom',
            '2026-03-01 2 1 1 0',
            '2026-03-02 2 1 0 1',
            '2026-03-03 2 0 2 0',
            'accept-all 2 33.3 %',
            'reject-all 3 50.0 %',
            'custom 1 16.7 %',
            'necessary 100.0 % 6 of 6',
            'statistics 33.3 % 2 of 6',
            'youtube 33.3 % 2 of 6',
          ]),
        );
        const json = JSON.parse((await cli(['--db', db(), 'stats', '--json', '--from', '2026-03-03'])).stdout);
        expect(json).toMatchObject({
          total: 2,
          methods: { 'reject-all': 2 },
          categories: { video: { granted: 0, total: 2 } },
        });
      });
    });

    describe('when the database is given by CHARTE_CONSENT_DB, not --db', () => {
      it('reads that database, so that a password stays out of the process list', async () => {
        const { code, stdout } = await cli(['show', (seeded[0] as ConsentRecord).id], { CHARTE_CONSENT_DB: db() });
        expect(code).toBe(0);
        expect(JSON.parse(stdout).id).toBe((seeded[0] as ConsentRecord).id);
      });
    });
  });

  describe('given a log with a choice that ended months ago and a recent one', () => {
    describe('when purge runs', () => {
      it('deletes the records whose choice ended more than --retention-days ago', async () => {
        const file = join(folder, 'purge.sqlite');
        const log = sqliteLog(file);
        const old = recordOf(montreuilDemo, 'ACCEPT_ALL', { now: Date.now() - 400 * DAY });
        const recent = recordOf(montreuilDemo, 'REJECT_ALL', { now: Date.now() - DAY });
        await log.append(old);
        await log.append(recent);
        expect((await cli(['--db', file, 'purge'])).stdout).toBe('0 records purged\n');
        expect((await cli(['--db', file, 'purge', '--retention-days', '30'])).stdout).toBe('1 records purged\n');
        expect(await log.get(old.id)).toBeNull();
        expect(await log.get(recent.id)).not.toBeNull();
        await log.close();
      });
    });
  });

  describe('given bad arguments', () => {
    it.each([
      [[], '--db is missing'],
      [['--db', 'x.sqlite', 'delete'], 'unknown command "delete"'],
      [['--db', 'x.sqlite', 'show', 'not-an-id'], 'is not a record id'],
      [['--db', 'x.sqlite', 'export', '--from', 'yesterday'], 'is not an ISO 8601 date'],
      [['--db', 'x.sqlite', 'export', '--format', 'xml'], 'expected ndjson or csv'],
      [['--db', 'x.sqlite', 'stats', '--colour'], "Unknown option '--colour'"],
    ])('exits 2 with the usage: %j', async (args, message) => {
      const { code, stderr } = await cli(args);
      expect(code).toBe(2);
      expect(stderr).toContain(message);
      expect(stderr).toContain('Usage: charte-consent-log');
    });
  });

  describe('given a log that cannot be read', () => {
    it('exits 3', async () => {
      const { code, stderr } = await cli(['--db', join(folder, 'no', 'such', 'dir.sqlite'), 'stats']);
      expect(code).toBe(3);
      expect(stderr).toMatch(/^charte-consent-log: /);
    });
  });
});
