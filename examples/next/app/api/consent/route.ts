import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConsentEndpoint, sqliteLog } from 'charte/server';
import { COOKIE, catalogue } from '../../catalogue';

/** Each decision's record, posted by the beacon: kept as proof, and the storage cookie re-set by the server. */
export const POST = createConsentEndpoint({
  catalogue,
  // A site keeps its log on lasting storage; the example uses the temporary folder unless CONSENT_LOG says where.
  log: sqliteLog(process.env.CONSENT_LOG ?? join(tmpdir(), 'charte-next-example-consent-log.sqlite')),
  cookie: { name: COOKIE },
});
