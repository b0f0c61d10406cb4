import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConsentEndpoint, sqliteLog } from '../../../../../dist/server.js';
import { COOKIE, catalogue } from '../../../../portal-catalogue';

// better-sqlite3 is a native module: Node.js, not the Edge runtime.
export const runtime = 'nodejs';

/**
 * Each decision's record, posted by the client's beacon: kept as proof, and the storage cookie re-set by the server.
 * The example keeps its log in the temporary folder unless CONSENT_LOG says where; a site keeps it on lasting storage.
 */
export const POST = createConsentEndpoint({
  catalogue,
  log: sqliteLog(process.env.CONSENT_LOG ?? join(tmpdir(), 'charte-next-example-consent-log.sqlite')),
  cookie: { name: COOKIE },
});
