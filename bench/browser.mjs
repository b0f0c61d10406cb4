import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../test/chromium.mjs';
import { OUT } from './build.mjs';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/**
 * Serves out/pages on 127.0.0.1, and each path of `rendered` with the HTML its function renders for the request (a
 * server-rendered page); resolves to its origin and a function that stops it.
 */
export async function serve(rendered = {}) {
  const root = join(OUT, 'pages');
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    if (rendered[path]) {
      response.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
      response.end(rendered[path](request));
      return;
    }
    try {
      const body = await readFile(join(root, path.endsWith('/') ? `${path}index.html` : path));
      response.writeHead(200, { 'content-type': TYPES[extname(path) || '.html'], 'cache-control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Debian's Chromium, started as the repo's browser tests start it. */
export const launch = () => chromium.launch(chromiumLaunchOptions);

/** Records the requests a context makes to anything but the benchmark's server (Chromium resolves no other host). */
export function watchStrays(context, origin, strays) {
  context.on('request', (request) => {
    if (!request.url().startsWith(origin)) strays.add(request.url());
  });
}
