// The endpoint under load: `node bench/server/serve.mjs sqlite <file>` or `... postgres <url>`; prints its origin.
import { createServer } from 'node:http';
import pg from 'pg';
import { createConsentEndpoint, postgresLog, sqliteLog, toNodeHandler } from '../../dist/server.js';
import { catalogue } from './catalogue.mjs';

const [store, target] = process.argv.slice(2);
const log = store === 'sqlite' ? sqliteLog(target) : postgresLog(new pg.Pool({ connectionString: target, max: 20 }));
const endpoint = toNodeHandler(createConsentEndpoint({ catalogue, log }));
const server = createServer((request, response) => {
  if (request.url === '/api/consent') endpoint(request, response);
  else response.writeHead(404).end();
});
server.listen(0, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${server.address().port}`));
