// Takes the README's screenshots from the built Storybook, in Debian's Chromium, on 127.0.0.1 only.
// Usage: npm run screenshots (builds Storybook first).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../test/chromium.mjs';

const root = new URL('../storybook-static/', import.meta.url).pathname;
const out = new URL('../docs/', import.meta.url).pathname;
if (!existsSync(join(root, 'iframe.html')))
  throw new Error('storybook-static is missing: run `npm run build-storybook`');

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = createServer((request, response) => {
  const path = normalize(join(root, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
  if (!path.startsWith(root) || !existsSync(path) || statSync(path).isDirectory()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const shots = [
    ['banner--first-visit', 'banner.png', { width: 1280, height: 720 }],
    // The dialog with a category's cookie table open (its story's play function opens it).
    ['preferencesdialog--cookies-disclosed', 'dialog.png', { width: 1280, height: 900 }],
    ['banner--first-visit', 'banner-320.png', { width: 320, height: 640 }],
    ['preferencesdialog--dark', 'dialog-dark.png', { width: 1280, height: 900 }],
  ];
  for (const [id, file, viewport] of shots) {
    const page = await browser.newPage({ viewport, reducedMotion: 'reduce' });
    await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${id}&viewMode=story`);
    await page.locator('[data-part="banner"], [role="dialog"]').first().waitFor();
    const table = page.locator('[role="dialog"] details[open] table');
    if (id.endsWith('cookies-disclosed')) await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(out, file) });
    await page.close();
    console.log(`docs/${file}`);
  }
} finally {
  await browser.close();
  server.close();
}
