import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../chromium.mjs';
import { bannerSeen, holdBack, recordBanner } from './page';
import { type NextBuild, type StartedServer, startNextExample } from './server';

// The Next.js App Router example (examples/next, the README's Next.js section with the packed tarball installed by
// name), built by both bundlers (scripts/consumers.mjs), served by `next start` on 127.0.0.1 and visited in Chromium.
let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunchOptions);
});

afterAll(async () => {
  await browser?.close();
});

/** Two cores run every test project at once here: give the page time before calling it a failure. */
const patience = { timeout: 10_000 };

/** A fresh visitor whose pages record whether a banner ever existed, and what the console said. */
async function visitor() {
  const context = await browser.newContext();
  await context.addInitScript(recordBanner);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  const banner = page.getByRole('region', { name: 'Vos choix en matière de cookies' });
  return { context, page, problems, banner };
}

describe('The Next.js example (the README’s Next.js section), under next start', () => {
  describe.each<NextBuild>(['turbopack', 'webpack'])('given a build with %s', (build) => {
    let server: StartedServer;
    beforeAll(async () => {
      server = await startNextExample(build);
    });
    afterAll(() => server?.stop());

    describe('given a first visit', () => {
      it('shows the banner, with statistics off and no hydration warning', async () => {
        const { context, page, problems, banner } = await visitor();
        await page.goto(server.origin);
        await expect.poll(() => banner.isVisible(), patience).toBe(true);
        expect(await page.getByText('La mesure d’audience est désactivée.').isVisible()).toBe(true);
        expect(await context.cookies()).toEqual([]);
        // The gated next/script has not run.
        expect(await page.evaluate(() => (window as { portalMeasurement?: string }).portalMeasurement)).toBeUndefined();
        expect(problems).toEqual([]);
        await context.close();
      });

      describe('when "Tout accepter" is clicked before the scripts run', () => {
        it('has the banner in the server HTML, and records the click after hydration', async () => {
          const { context, page, problems, banner } = await visitor();
          const release = await holdBack(page, '**/_next/static/**/*.js');
          const response = await page.goto(server.origin, { waitUntil: 'commit' });
          expect(await response?.text()).toContain('data-part="banner"');
          await banner.getByRole('button', { name: 'Tout accepter' }).click();
          expect(await context.cookies()).toEqual([]);
          release();
          await expect.poll(() => page.getByText('La mesure d’audience est active.').isVisible(), patience).toBe(true);
          expect(await banner.count()).toBe(0);
          expect((await context.cookies()).map(({ name }) => name)).toContain('cookies_preferences');
          expect(problems).toEqual([]);
          await context.close();
        });
      });

      describe('when "Tout refuser" is activated and the page reloads', () => {
        it('serves HTML without a banner, and none appears', async () => {
          const { context, page, problems, banner } = await visitor();
          await page.goto(server.origin);
          await expect.poll(() => banner.isVisible(), patience).toBe(true);
          await banner.getByRole('button', { name: 'Tout refuser' }).click();
          await expect.poll(() => banner.count(), patience).toBe(0);
          const [stored] = (await context.cookies()).filter(({ name }) => name === 'cookies_preferences');
          expect(stored?.value.split('.')[4]).toBe('r');
          const response = await page.reload();
          const html = (await response?.text()) ?? '';
          expect(html).toContain('La mesure d’audience est désactivée.');
          expect(html).not.toContain('data-part="banner"');
          await page.getByRole('button', { name: 'Gérer mes cookies' }).waitFor(patience);
          expect(await bannerSeen(page)).toBe(false);
          expect(problems).toEqual([]);
          await context.close();
        });
      });
    });

    describe('given the charter route', () => {
      describe('when the statistics are switched on there and saved', () => {
        it('serves the route with its table, and the choice reaches the gated component', async () => {
          const { context, page, banner } = await visitor();
          await page.goto(`${server.origin}/charte`);
          const table = page.getByRole('table', {
            name: 'Cookies nécessaires au bon fonctionnement de la plateforme / cookies fonctionnels',
          });
          // Streamed after the prerendered shell (Cache Components): React reveals it once it is in.
          await expect.poll(() => table.getByRole('row').count(), patience).toBe(5);
          await expect.poll(() => banner.isVisible(), patience).toBe(true);
          await page.getByRole('main').getByRole('button', { name: 'Gérer mes cookies' }).click();
          const dialog = page.getByRole('dialog', { name: 'Préférences de cookies' });
          await dialog.getByRole('switch', { name: 'Statistiques' }).click();
          await dialog.getByRole('button', { name: 'Enregistrer mes choix' }).click();
          await page.getByRole('link', { name: 'data.montreuil.fr' }).or(page.getByRole('heading')).first().waitFor();
          await page.goto(server.origin);
          expect(await page.getByTestId('statistics').textContent()).toBe('La mesure d’audience est active.');
          // The next/script inside the gate has run.
          await expect
            .poll(() => page.evaluate(() => (window as { portalMeasurement?: string }).portalMeasurement), patience)
            .toBe('active');
          await context.close();
        });
      });
    });
  });
});
