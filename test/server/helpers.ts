import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { type AnyCatalogue, type ConsentRecord, createConsentStore, memoryAdapter } from '../../src/core';

/** A temporary folder, deleted when the file's tests end. */
export function temporaryFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'charte-server-test-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

let databases = 0;

/**
 * A new, empty database on the project's PostgreSQL (test/server/global-setup.ts): its URL, and a pool on it that
 * is ended after the file's tests.
 */
export async function postgresDatabase(): Promise<{ url: string; pool: pg.Pool }> {
  const name = `charte_${process.pid}_${++databases}`;
  const admin = new pg.Client({ connectionString: inject('postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(inject('postgres'));
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.href });
  afterAll(() => pool.end());
  return { url: url.href, pool };
}

type Decision = 'ACCEPT_ALL' | 'REJECT_ALL' | 'SAVE';

/** A real record, as the kit makes it: by the store, for `catalogue`, at `now`. */
export function recordOf<C extends AnyCatalogue>(
  catalogue: C,
  type: Decision = 'ACCEPT_ALL',
  { now = Date.now(), maxAgeDays }: { now?: number; maxAgeDays?: number } = {},
): ConsentRecord<C> {
  const store = createConsentStore({
    catalogue,
    storage: memoryAdapter(),
    now: () => now,
    ...(maxAgeDays === undefined ? {} : { maxAgeDays }),
  });
  store.send({ type });
  return store.getSnapshot().record as ConsentRecord<C>;
}
