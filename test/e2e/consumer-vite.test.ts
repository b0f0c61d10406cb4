import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../chromium.mjs';
import { type StartedServer, startViteConsumer } from './server';

// consumers/vite-app: the README quick start in a Vite app, with the packed tarball installed by name
// (scripts/consumers.mjs prepares it), under the dev server and as built.
const app = fileURLToPath(new URL('../../consumers/vite-app/', import.meta.url));
const assets = `${app}dist/assets`;
const patience = { timeout: 15_000 };

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunchOptions);
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh page that records the errors the page throws or logs. */
async function open(url: string) {
  const page = await (await browser.newContext()).newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url);
  return { page, errors };
}

const banner = (page: Page) => page.getByRole('region', { name: 'Vos choix en matière de cookies' });

describe('The Vite consumer (the README quick start, with the packed tarball)', () => {
  describe.each(['dev', 'preview'] as const)('given `vite %s`', (mode) => {
    let server: StartedServer;
    beforeAll(async () => {
      server = await startViteConsumer('vite-app', mode);
    });
    afterAll(() => server?.stop());

    describe('given a first visit', () => {
      describe('when "Tout accepter" is activated', () => {
        it('shows the banner until then, then mounts the gated content and stores the choice, with no error', async () => {
          const { page, errors } = await open(server.origin);
          await expect.poll(() => banner(page).isVisible(), patience).toBe(true);
          expect(await page.context().cookies()).toEqual([]);
          await page.getByRole('button', { name: 'Tout accepter' }).click();
          await expect.poll(() => banner(page).count(), patience).toBe(0);
          expect(await page.getByText('Le script de mesure d’audience peut se charger ici.').isVisible()).toBe(true);
          expect((await page.context().cookies()).map(({ name }) => name)).toEqual(['charte']);
          expect(errors).toEqual([]);
          await page.context().close();
        });
      });
    });

    describe('given the same page in German (`<html lang="de">`), with nothing preloaded', () => {
      it('shows the banner first in German, or in French only after the second’s wait', async () => {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.route(`${server.origin}/`, async (route) => {
          const response = await route.fetch();
          const html = (await response.text()).replace('<html lang="fr">', '<html lang="de">');
          await route.fulfill({ response, body: html });
        });
        // Each language the banner is in, in turn, with the time since the kit's first commit (its table, its
        // trigger).
        await page.addInitScript(() => {
          const shown: { lang: string; after: number }[] = [];
          let mounted: number | undefined;
          Object.assign(window, { shown });
          new MutationObserver(() => {
            if (document.querySelector('[data-scope="charte"]')) mounted ??= performance.now();
            const lang = document.querySelector('[data-part="banner"]')?.getAttribute('lang');
            if (lang && shown.at(-1)?.lang !== lang) shown.push({ lang, after: performance.now() - (mounted ?? 0) });
          }).observe(document, { subtree: true, childList: true, attributes: true });
        });
        await page.goto(server.origin);
        const german = page.getByRole('region', { name: 'Ihre Cookie-Auswahl' });
        await expect.poll(() => german.isVisible(), patience).toBe(true);
        const shown = (await page.evaluate(() => (window as unknown as { shown: unknown }).shown)) as {
          lang: string;
          after: number;
        }[];
        expect(shown.at(-1)?.lang).toBe('de');
        const french = shown.find(({ lang }) => lang !== 'de');
        if (french) expect(french.after).toBeGreaterThanOrEqual(1000);
        await context.close();
      });
    });

    describe('given a Playwright context pre-seeded with charte/testing’s consentCookie', () => {
      it('starts decided: the gated content shows, no banner', async () => {
        const { consentCookie } = await import(`${app}node_modules/charte/dist/testing.js`);
        const { catalogue } = await import(`${app}src/catalogue.ts`);
        const context = await browser.newContext();
        await context.addCookies([
          consentCookie(catalogue, { categories: { statistics: true } }, { url: server.origin }),
        ]);
        const page = await context.newPage();
        await page.goto(server.origin);
        await expect.poll(() => page.getByText('Mesure d’audience active').isVisible(), patience).toBe(true);
        expect(await banner(page).count()).toBe(0);
        await context.close();
      });
    });

    if (mode === 'dev') {
      describe('given a broken catalogue', () => {
        it('validates it in development: the error names the bad path', async () => {
          const { page, errors } = await open(`${server.origin}/broken.html`);
          await expect.poll(() => errors.join('\n'), patience).toContain('services.youtube.category: unknown category');
          expect(await page.evaluate(() => document.body.dataset.catalogue)).toBeUndefined();
          await page.context().close();
        });
      });
    } else {
      describe('when the page loads', () => {
        it('requests no module before the banner that the page did not name: the entry chunk, or a preload', async () => {
          const context = await browser.newContext();
          const page = await context.newPage();
          const scripts: string[] = [];
          page.on('request', (request) => {
            if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
          });
          const html = await (await page.goto(server.origin))?.text();
          await page.locator('[data-part="banner"]').waitFor({ state: 'visible', ...patience });
          const beforeBanner = [...scripts];
          const named = [
            ...(html ?? '').matchAll(/<(?:script[^>]* src|link rel="modulepreload"[^>]* href)="([^"]+)"/g),
          ];
          expect(beforeBanner.length).toBeGreaterThan(0);
          expect(beforeBanner.filter((path) => !named.some(([, url]) => url === path))).toEqual([]);
          await context.close();
        });
      });

      describe('given a broken catalogue', () => {
        it('skips the checks in the production build, which ships none of their code', async () => {
          const { page, errors } = await open(`${server.origin}/broken.html`);
          await expect.poll(() => page.evaluate(() => document.body.dataset.catalogue), patience).toBe('accepted');
          expect(errors).toEqual([]);
          const code = readdirSync(assets)
            .filter((file) => file.endsWith('.js'))
            .map((file) => readFileSync(`${assets}/${file}`, 'utf8'))
            .join('\n');
          expect(code).toContain('Tout accepter');
          expect(code).not.toContain('unknown category');
          await page.context().close();
        });
      });
    }
  });
});
