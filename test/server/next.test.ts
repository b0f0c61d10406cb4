import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteLog } from '../../src/server';
import { type StartedServer, startNextExample } from '../e2e/server';
import { portal as catalogue } from '../fixtures/montreuil';
import { recordOf, temporaryFolder } from './helpers';

const file = join(temporaryFolder(), 'next-consent-log.sqlite');
const log = sqliteLog(file);
let next: StartedServer;

beforeAll(async () => {
  // The Next.js example's production build (`npm run examples:build`), its proof log in this test's folder.
  next = await startNextExample('turbopack', { CONSENT_LOG: file });
});

afterAll(async () => {
  next?.stop();
  await log.close();
});

describe('the Next.js example’s app/api/consent/route.ts', () => {
  describe('given its production build, logging to a SQLite file', () => {
    describe('when the site posts a record', () => {
      it('logs it and re-sets the portal’s cookie', async () => {
        const record = recordOf(catalogue, 'REJECT_ALL');
        const response = await fetch(`${next.origin}/api/consent`, {
          method: 'POST',
          body: JSON.stringify(record),
          headers: { origin: next.origin, 'sec-fetch-site': 'same-origin' },
        });
        expect(response.status).toBe(204);
        expect(response.headers.getSetCookie()).toEqual([
          expect.stringMatching(/^cookies_preferences=2\..*; Path=\/; SameSite=Lax$/),
        ]);
        expect(await log.get(record.id)).toMatchObject({ id: record.id, method: 'reject-all' });
      });
    });

    describe('when another site posts a record', () => {
      it('answers 403, and logs nothing', async () => {
        const record = recordOf(catalogue, 'ACCEPT_ALL');
        const response = await fetch(`${next.origin}/api/consent`, {
          method: 'POST',
          body: JSON.stringify(record),
          headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
        });
        expect(response.status).toBe(403);
        expect(await log.get(record.id)).toBeNull();
      });
    });
  });
});
