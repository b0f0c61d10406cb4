import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { readRequestConsent } from 'charte/core';
import { createConsentEndpoint, sqliteLog, toNodeHandler } from 'charte/server';
import { renderToPipeableStream } from 'react-dom/server';
import { App } from './app';
import { COOKIE, catalogue } from './catalogue';

const files: Record<string, [string, string]> = {
  '/client.js': [fileURLToPath(new URL('./client.js', import.meta.url)), 'text/javascript'],
  '/styles.css': [fileURLToPath(import.meta.resolve('charte/styles.css')), 'text/css'],
};

// The proof of each decision, kept on this server: the client's beacon posts every record here (CONSENT_LOG moves it).
const consent = toNodeHandler(
  createConsentEndpoint({
    catalogue,
    log: sqliteLog(process.env.CONSENT_LOG ?? fileURLToPath(new URL('./consent-log.sqlite', import.meta.url))),
    cookie: { name: COOKIE },
  }),
);

const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  if (path === '/api/consent') {
    consent(request, response);
    return;
  }
  const file = files[path];
  if (file) {
    response.writeHead(200, { 'content-type': file[1] });
    createReadStream(file[0]).pipe(response);
    return;
  }
  // The portal's pages: the charter at `/`, datasets under `/donnees/`.
  if (path !== '/' && !path.startsWith('/donnees/')) {
    response.writeHead(404).end();
    return;
  }
  // The choice comes from the request's Cookie header: a returning visitor's page has no banner, a first visit's has
  // it in the HTML, visible before any script runs.
  const serverConsent = readRequestConsent(request.headers, catalogue, { name: COOKIE });
  // React's only inline script, which keeps a banner click made before hydration, runs under this page's nonce; no
  // other inline script, and no eval (issue 7).
  const nonce = randomBytes(16).toString('base64');
  const stream = renderToPipeableStream(<App serverConsent={serverConsent} />, {
    bootstrapScripts: ['/client.js'],
    nonce,
    onShellReady() {
      response.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': `script-src 'self' 'nonce-${nonce}'; object-src 'none'; base-uri 'none'`,
      });
      stream.pipe(response);
    },
    onShellError() {
      response.writeHead(500).end();
    },
  });
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object') console.log(`listening on http://127.0.0.1:${address.port}`);
});
