import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../chromium.mjs';
import { type StartedServer, startSsrExample } from './server';

// The SSR example sends `Content-Security-Policy: script-src 'self'`: no inline script, no eval.
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

describe('under a CSP that forbids inline script and eval, in Chromium', () => {
  it('the banner, the dialog and a decision work, with no violation report', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const violations: string[] = [];
      Object.assign(window, { violations });
      document.addEventListener('securitypolicyviolation', (event) =>
        violations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
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
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    await context.close();
  });
});
