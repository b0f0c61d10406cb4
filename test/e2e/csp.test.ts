import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../chromium.mjs';
import { holdBack } from './page';
import { type StartedServer, startSsrExample } from './server';

// The SSR example's policy allows its own files and one inline script under the page's nonce (React's form
// replaying); no other inline script, no eval.
let server: StartedServer;
let browser: Browser;

beforeAll(async () => {
  server = await startSsrExample();
  browser = await chromium.launch(chromiumLaunchOptions);
});

afterAll(async () => {
  await browser?.close();
  server?.stop();
});

const patience = { timeout: 10_000 };

/** A browser context that records every CSP violation report in `window.violations`. */
async function reportingContext() {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, { violations });
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return context;
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

describe('The SSR example in Chromium, under a CSP that forbids eval and inline script without the nonce', () => {
  describe('given a first visit', () => {
    describe('when the statistics are switched on in the preferences and saved', () => {
      it('shows the banner, the dialog and the gated content, with no violation report', async () => {
        const context = await reportingContext();
        const page = await context.newPage();
        const response = await page.goto(server.origin);
        expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
        const banner = page.getByRole('region', { name: 'Vos choix en matière de cookies' });
        await expect.poll(() => banner.isVisible(), patience).toBe(true);
        await banner.getByRole('button', { name: 'Personnaliser' }).click();
        const dialog = page.getByRole('dialog', { name: 'Préférences de cookies' });
        await dialog.getByRole('switch', { name: 'Statistiques' }).click();
        await dialog.getByRole('button', { name: 'Enregistrer mes choix' }).click();
        await expect.poll(() => page.getByTestId('statistics').isVisible(), patience).toBe(true);
        expect(await violations(page)).toEqual([]);
        await context.close();
      });
    });
  });

  describe('given a client script that has not run yet', () => {
    describe('when "Tout accepter" is clicked in the banner', () => {
      it('keeps the click, then records it once the page hydrates: the cookie, the gated content and the proof log', async () => {
        const context = await reportingContext();
        const page = await context.newPage();
        const release = await holdBack(page, '**/client.js');
        const logged = page.waitForResponse((response) => response.url().endsWith('/api/consent'));
        await page.goto(server.origin, { waitUntil: 'commit' });
        const banner = page.getByRole('region', { name: 'Vos choix en matière de cookies' });
        await banner.getByRole('button', { name: 'Tout accepter' }).click();
        // No script of the kit has run: nothing is stored yet, and the banner is still there.
        expect((await context.cookies()).map(({ name }) => name)).not.toContain('cookies_preferences');
        expect(await banner.isVisible()).toBe(true);
        release();
        await expect.poll(() => page.getByTestId('statistics').isVisible(), patience).toBe(true);
        expect(await banner.isVisible()).toBe(false);
        const stored = (await context.cookies()).find(({ name }) => name === 'cookies_preferences');
        expect(stored?.value).toBeTruthy();
        expect((await logged).status()).toBeLessThan(300);
        expect(await violations(page)).toEqual([]);
        await context.close();
      });
    });
  });
});
