import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../chromium.mjs';
import { bannerSeen, recordBanner } from './page';
import { type StartedServer, startSsrExample } from './server';

// What happens after the first choice, on the SSR example (examples/ssr, built by `npm run examples:build`),
// in Debian's Chromium: withdrawal erases cookies, tabs follow each other, and GPC stands for a refusal.

/** The portal's host name, so cookies can be set on a parent domain; Chromium maps it to loopback. */
const HOST = 'app.example.test';
const PARENT = 'example.test';
const hostResolverRules = `--host-resolver-rules=MAP *.${PARENT} 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost`;

let server: StartedServer;
let port: string;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startSsrExample();
  port = new URL(server.origin).port;
  browser = await chromium.launch({
    ...chromiumLaunchOptions,
    args: [...chromiumLaunchOptions.args.filter((arg) => !arg.startsWith('--host-resolver-rules=')), hostResolverRules],
  });
});

afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

afterAll(async () => {
  await browser?.close();
  server?.stop();
});

/** Two cores run every test project at once here: give the page time before calling it a failure. */
const patience = { timeout: 10_000 };
/** The acceptance criterion for cross-tab sync: the other tab follows within one second. */
const oneSecond = { timeout: 1_000, interval: 50 };

/** A fresh context (empty cookie jar), recording whether a banner ever existed in any of its pages. */
async function newContext(init?: () => void) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  contexts.push(context);
  if (init) await context.addInitScript(init);
  await context.addInitScript(recordBanner);
  return context;
}

const bannerOf = (page: Page) => page.getByRole('region', { name: 'Vos choix en matière de cookies' });
const dialogOf = (page: Page) => page.getByRole('dialog', { name: 'Préférences de cookies' });
const gatedOf = (page: Page) => page.getByTestId('statistics');
const fallbackOf = (page: Page) => page.getByText('La mesure d’audience est désactivée.');
const documentCookies = (page: Page) =>
  page.evaluate(() => document.cookie.split(';').map((pair) => pair.trim().split('=')[0] ?? ''));

/** The stored choice, and its method letter (5th field of `2.<revision>.<decidedAt>.<expiresAt>.<method>…`). */
async function storedChoice(context: BrowserContext) {
  const value = (await context.cookies()).find(({ name }) => name === 'cookies_preferences')?.value;
  return { value, method: value?.split('.')[4] };
}

async function openPreferences(page: Page) {
  await page.getByRole('button', { name: 'Gérer mes cookies' }).click();
  await expect.poll(() => dialogOf(page).isVisible(), patience).toBe(true);
  return dialogOf(page);
}

describe('Withdrawal, on a page served as app.example.test', () => {
  /** Matomo's cookies, as a tracker would set them: on the host and on its parent domain, at `/` and `/donnees`. */
  const trackers = [
    { name: '_pk_id.1.abc', attributes: 'path=/', domain: HOST, path: '/' },
    { name: '_pk_id.1.def', attributes: `domain=${PARENT}; path=/`, domain: `.${PARENT}`, path: '/' },
    { name: '_pk_id.1.ghi', attributes: 'path=/donnees', domain: HOST, path: '/donnees' },
    { name: '_pk_id.1.jkl', attributes: `domain=${PARENT}; path=/donnees`, domain: `.${PARENT}`, path: '/donnees' },
  ];

  /** Accepts everything on a dataset page, then sets the trackers' cookies and a necessary one by script. */
  async function acceptAndTrack() {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`http://${HOST}:${port}/donnees/jeux`);
    expect(new URL(page.url()).hostname).toBe(HOST);
    await bannerOf(page).getByRole('button', { name: 'Tout accepter' }).click();
    await expect.poll(() => gatedOf(page).isVisible(), patience).toBe(true);
    await page.evaluate(
      (cookies) => {
        // biome-ignore lint/suspicious/noDocumentCookie: the test plays a tracker that writes its own cookies.
        for (const cookie of cookies) document.cookie = cookie;
      },
      [...trackers.map(({ name, attributes }) => `${name}=1; ${attributes}`), 'sessionid=x; path=/'],
    );
    const jar = await context.cookies();
    for (const { name, domain, path } of trackers) {
      expect(jar, name).toContainEqual(expect.objectContaining({ name, domain, path }));
    }
    expect(jar).toContainEqual(expect.objectContaining({ name: 'sessionid', domain: HOST, path: '/' }));
    expect((await documentCookies(page)).filter((name) => name.startsWith('_pk_id.'))).toHaveLength(4);
    return { context, page };
  }

  /** No tracker cookie is left, neither to the page nor in the jar; the necessary ones and the choice remain. */
  async function expectTrackersErased(context: BrowserContext, page: Page) {
    await expect.poll(() => fallbackOf(page).isVisible(), patience).toBe(true);
    expect(await gatedOf(page).count()).toBe(0);
    expect((await documentCookies(page)).filter((name) => name.startsWith('_pk_id.'))).toEqual([]);
    const jar = await context.cookies();
    expect(jar.filter(({ name }) => name.startsWith('_pk_id.'))).toEqual([]);
    expect(jar.map(({ name }) => name).sort()).toEqual(['cookies_preferences', 'sessionid']);
    expect(jar.find(({ name }) => name === 'sessionid')?.value).toBe('x');
    expect((await storedChoice(context)).method).toMatch(/^[cr]$/);
  }

  describe('given everything accepted, and trackers’ cookies on the host, its parent domain, / and /donnees', () => {
    describe('when "Statistiques" is switched off and the choice saved', () => {
      it('erases the _pk_id cookies on the host, the parent domain, / and /donnees; sessionid stays', async () => {
        const { context, page } = await acceptAndTrack();
        const dialog = await openPreferences(page);
        const statistics = dialog.getByRole('switch', { name: 'Statistiques' });
        expect(await statistics.getAttribute('aria-checked')).toBe('true');
        await statistics.click();
        expect(await statistics.getAttribute('aria-checked')).toBe('false');
        await dialog.getByRole('button', { name: 'Enregistrer mes choix' }).click();
        await expectTrackersErased(context, page);
        expect((await storedChoice(context)).method).toBe('c');
      });
    });

    describe('when "Tout refuser" is activated in the dialog', () => {
      it('erases the same cookies in every domain and path, and keeps sessionid', async () => {
        const { context, page } = await acceptAndTrack();
        const dialog = await openPreferences(page);
        await dialog.getByRole('button', { name: 'Tout refuser' }).click();
        await expectTrackersErased(context, page);
        expect((await storedChoice(context)).method).toBe('r');
      });
    });
  });
});

describe('Two tabs of the same site', () => {
  describe('given a first visit in both', () => {
    describe('when all is accepted in tab A, then refused in tab B', () => {
      it('B mounts its gated component within 1 s of the acceptance, A unmounts its own within 1 s of the refusal, and neither tab reloads', async () => {
        const context = await newContext();
        const origin = `http://127.0.0.1:${port}`;
        const [a, b] = [await context.newPage(), await context.newPage()];
        for (const [page, marker] of [
          [a, 'A'],
          [b, 'B'],
        ] as const) {
          await page.goto(origin);
          await expect.poll(() => bannerOf(page).isVisible(), patience).toBe(true);
          // Lost if the page reloads.
          await page.evaluate((value) => Object.assign(window, { marker: value }), marker);
        }
        const marker = (page: Page) => page.evaluate(() => (window as unknown as { marker?: string }).marker);

        await bannerOf(a).getByRole('button', { name: 'Tout accepter' }).click();
        await expect
          .poll(() => gatedOf(b).isVisible(), { ...oneSecond, message: 'tab B follows tab A’s acceptance within 1 s' })
          .toBe(true);
        expect(await bannerOf(b).count()).toBe(0);
        await expect.poll(() => gatedOf(a).isVisible(), patience).toBe(true);

        const dialog = await openPreferences(b);
        await dialog.getByRole('button', { name: 'Tout refuser' }).click();
        await expect
          .poll(() => gatedOf(a).count(), { ...oneSecond, message: 'tab A follows tab B’s withdrawal within 1 s' })
          .toBe(0);
        expect(await fallbackOf(a).isVisible()).toBe(true);
        expect(await bannerOf(a).count()).toBe(0);
        expect(await gatedOf(b).count()).toBe(0);
        expect(await bannerOf(b).count()).toBe(0);

        expect([await marker(a), await marker(b)]).toEqual(['A', 'B']);
        expect((await storedChoice(context)).method).toBe('r');
      });
    });
  });
});

describe('Global Privacy Control', () => {
  describe('given a browser that sends GPC, on a first visit', () => {
    it('shows no banner ever: a refusal is stored with method "g", statistics stay off, and the dialog says why', async () => {
      const context = await newContext(() =>
        Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }),
      );
      // A browser with GPC also sends the header, which the server reads (readRequestConsent): no banner in its HTML.
      await context.setExtraHTTPHeaders({ 'Sec-GPC': '1' });
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}`);
      expect(await page.evaluate(() => (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl)).toBe(
        true,
      );
      await expect.poll(async () => (await storedChoice(context)).method, patience).toBe('g');
      await page.waitForLoadState('load');
      await page.waitForTimeout(300);
      expect(await bannerSeen(page)).toBe(false);
      expect(await bannerOf(page).count()).toBe(0);
      expect(await fallbackOf(page).isVisible()).toBe(true);
      expect(await gatedOf(page).count()).toBe(0);

      const dialog = await openPreferences(page);
      expect(await dialog.textContent()).toContain('Votre navigateur envoie le signal Global Privacy Control');
      expect(await dialog.getByRole('switch', { name: 'Statistiques' }).getAttribute('aria-checked')).toBe('false');
    });

    describe('when "Tout accepter" is activated in the dialog', () => {
      it('the explicit choice wins and survives a reload, still without a banner', async () => {
        const context = await newContext(() =>
          Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }),
        );
        // A browser with GPC also sends the header, which the server reads (readRequestConsent): no banner in its HTML.
        await context.setExtraHTTPHeaders({ 'Sec-GPC': '1' });
        const page = await context.newPage();
        await page.goto(`http://127.0.0.1:${port}`);
        await expect.poll(async () => (await storedChoice(context)).method, patience).toBe('g');
        const dialog = await openPreferences(page);
        await dialog.getByRole('button', { name: 'Tout accepter' }).click();
        await expect.poll(() => gatedOf(page).isVisible(), patience).toBe(true);
        const accepted = await storedChoice(context);
        expect(accepted.method).toBe('a');

        await page.reload();
        await page.waitForLoadState('load');
        await expect.poll(() => gatedOf(page).isVisible(), patience).toBe(true);
        await page.getByRole('button', { name: 'Gérer mes cookies' }).waitFor();
        await page.waitForTimeout(300);
        expect(await bannerSeen(page)).toBe(false);
        expect(await bannerOf(page).count()).toBe(0);
        // The very same record: GPC was not applied again over the explicit choice.
        expect(await storedChoice(context)).toEqual(accepted);
        expect(await gatedOf(page).textContent()).toBe('La mesure d’audience est active.');
      });
    });
  });
});
