import { createServer } from 'node:http';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { decodeRecord } from '../../src/core';
import { sqliteLog } from '../../src/server';
import { chromiumLaunchOptions } from '../chromium.mjs';
import { bannerSeen, recordBanner } from '../e2e/page';
import { type StartedServer, startServer } from '../e2e/server';
import { portal as catalogue } from '../fixtures/montreuil';
import { temporaryFolder } from './helpers';

const COOKIE = 'cookies_preferences';
const DAY_S = 86_400;
const folder = temporaryFolder();
const file = join(folder, 'consent-log.sqlite');
const log = sqliteLog(file);

let browser: Browser;
let example: StartedServer;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunchOptions);
  // The SSR example (built by `npm run examples:build`), its proof log in this test's folder.
  example = await startServer(['examples/ssr/dist/server.js'], /listening on (http:\/\/127\.0\.0\.1:\d+)/, {
    PORT: '0',
    CONSENT_LOG: file,
  });
});

afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

afterAll(async () => {
  await browser?.close();
  example?.stop();
  await log.close();
});

async function newPage(...init: (() => void)[]) {
  const context = await browser.newContext();
  contexts.push(context);
  for (const script of [...init, recordBanner]) await context.addInitScript(script);
  const page = await context.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return { context, page, errors };
}

/** The next POST to the endpoint, once its response has arrived. */
const consentPosted = (page: Page) =>
  page.waitForResponse((response) => response.url().endsWith('/api/consent') && response.request().method() === 'POST');

const bannerOf = (page: Page) => page.getByRole('region', { name: 'Vos choix en matière de cookies' });
const patience = { timeout: 10_000 };

/** As Safari treats a cookie written by script once its 7 days are over: none of the page's writes of it are kept. */
function dropScriptWrittenChoice() {
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie') as PropertyDescriptor;
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get() {
      return cookie.get?.call(this);
    },
    set(value: string) {
      if (!String(value).startsWith('cookies_preferences=')) cookie.set?.call(this, value);
    },
  });
}

describe('in Chromium', () => {
  describe('given a server whose answers to a POST set a cookie', () => {
    describe('when a page posts to it by sendBeacon and by a keepalive fetch', () => {
      it("applies both responses' Set-Cookie: charte/beacon uses fetch, which also tells it the status", async () => {
        const server = createServer((request, response) => {
          if (request.method !== 'POST') {
            response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>transport</title>');
            return;
          }
          request.resume();
          response
            .writeHead(204, { 'set-cookie': `${request.url?.slice(1)}=set-by-the-response; Path=/; Max-Age=600` })
            .end();
        });
        const origin = await new Promise<string>((resolve) =>
          server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            resolve(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
          }),
        );
        const { context, page } = await newPage();
        try {
          await page.goto(origin);
          const status = await page.evaluate(async () => {
            navigator.sendBeacon('/beacon', '{}');
            const response = await fetch('/fetch', { method: 'POST', body: '{}', keepalive: true, mode: 'no-cors' });
            return response.status;
          });
          expect(status).toBe(204);
          await expect
            .poll(async () => (await context.cookies()).map(({ name, value }) => `${name}=${value}`).sort(), patience)
            .toEqual(['beacon=set-by-the-response', 'fetch=set-by-the-response']);
        } finally {
          // Chromium keeps its connections alive: they are closed with the context, then the server.
          await context.close();
          server.closeAllConnections();
          await new Promise((resolve) => server.close(resolve));
        }
      });
    });
  });

  describe('given the SSR example on a first visit', () => {
    describe('when "Tout refuser" is clicked, the page’s own writes of the choice dropped (Safari after 7 days)', () => {
      it('puts the record in the log and the storage cookie in the jar, set by the response', async () => {
        const { context, page, errors } = await newPage(dropScriptWrittenChoice);
        await page.goto(`${example.origin}/`);
        const posted = consentPosted(page);
        await bannerOf(page).getByRole('button', { name: 'Tout refuser' }).click();
        const response = await posted;
        expect(response.status()).toBe(204);
        expect(await response.headerValue('set-cookie')).toMatch(/^cookies_preferences=2\..*; Path=\/; SameSite=Lax$/);

        const cookie = (await context.cookies()).find(({ name }) => name === COOKIE);
        expect(cookie).toMatchObject({
          domain: '127.0.0.1',
          path: '/',
          sameSite: 'Lax',
          secure: false,
          httpOnly: false,
        });
        const choice = decodeRecord(cookie?.value, catalogue, Date.now());
        expect(choice).toMatchObject({ method: 'reject-all', categories: { necessary: true, statistics: false } });
        // The whole six months: Safari caps only what a script writes.
        expect((cookie?.expires ?? 0) - Date.now() / 1000).toBeGreaterThan(182 * DAY_S);
        expect(await log.get(choice?.id ?? '')).toEqual({ ...choice, receivedAt: expect.any(Number) });
        // The page itself cannot write it: the cookie in the jar is the response's.
        await page.evaluate(() => {
          // biome-ignore lint/suspicious/noDocumentCookie: the write under test, which the init script drops.
          document.cookie = 'cookies_preferences=written-by-script; Path=/';
        });
        expect((await context.cookies()).find(({ name }) => name === COOKIE)?.value).toBe(cookie?.value);

        await page.reload();
        await expect
          .poll(() => page.getByRole('button', { name: 'Gérer mes cookies' }).isVisible(), patience)
          .toBe(true);
        expect(await bannerSeen(page)).toBe(false);
        expect(errors).toEqual([]);
      });
    });

    describe('when "Tout accepter" is clicked while the endpoint is down', () => {
      it('keeps working, and posts the record on the next load', async () => {
        const { context, page, errors } = await newPage();
        await context.route('**/api/consent', (route) => route.abort('connectionrefused'));
        await page.goto(`${example.origin}/`);
        await bannerOf(page).getByRole('button', { name: 'Tout accepter' }).click();
        await expect.poll(() => page.getByTestId('statistics').isVisible(), patience).toBe(true);
        await expect.poll(() => bannerOf(page).count(), patience).toBe(0);
        const outbox = await page.evaluate(() => JSON.parse(localStorage.getItem('charte-outbox') ?? '[]'));
        expect(outbox).toEqual([expect.objectContaining({ method: 'accept-all' })]);
        expect(await log.get(outbox[0].id)).toBeNull();

        await context.unrouteAll();
        const posted = consentPosted(page);
        await page.reload();
        expect((await posted).status()).toBe(204);
        expect(await log.get(outbox[0].id)).toMatchObject({ id: outbox[0].id, method: 'accept-all' });
        await expect.poll(() => page.evaluate(() => localStorage.getItem('charte-outbox')), patience).toBeNull();
        expect(errors).toEqual([]);
      });
    });
  });
});
