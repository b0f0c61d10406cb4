import { createRequire } from 'node:module';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../chromium.mjs';
import { type StartedServer, startSsrExample } from './server';

// The SSR example (examples/ssr, built from dist by `npm run examples:build`), driven in Debian's Chromium.
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let server: StartedServer;
let origin: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Errors and warnings the first tab logged: hydration mismatches would show here. */
const consoleProblems: string[] = [];

beforeAll(async () => {
  server = await startSsrExample();
  origin = server.origin;
  browser = await chromium.launch(chromiumLaunchOptions);
  // The page's CSP forbids inline script, which is how axe-core is injected (test/e2e/csp.test.ts covers the CSP).
  context = await browser.newContext({ viewport: { width: 1280, height: 720 }, bypassCSP: true });
  // Installed before any page script: records whether a banner ever exists, and every layout shift.
  await context.addInitScript(() => {
    const seen = { banner: false, shift: 0 };
    Object.assign(window, { seen });
    new MutationObserver(() => {
      if (document.querySelector('[data-part="banner"]')) seen.banner = true;
    }).observe(document, { childList: true, subtree: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) seen.shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') consoleProblems.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
  server?.stop();
});

/** A new tab for the next step, so no scroll position or listener carries over. */
async function freshPage(viewport = { width: 1280, height: 720 }) {
  // The beacon's keepalive POST outlives the page, and its response's Set-Cookie would restore the cleared choice.
  await page.waitForLoadState('networkidle');
  await page.close();
  await context.clearCookies();
  page = await context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(origin);
  await expect.poll(() => banner().isVisible(), patience).toBe(true);
}

/** Two cores run every test project at once here: give the page time before calling it a failure. */
const patience = { timeout: 10_000 };

const seen = () => page.evaluate(() => (window as unknown as { seen: { banner: boolean; shift: number } }).seen);
const banner = () => page.getByRole('region', { name: 'Vos choix en matière de cookies' });

async function axeViolations(selector: string) {
  await page.addScriptTag({ path: axeSource });
  return page.evaluate(async (context) => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const { violations } = await axe.run(context, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`);
  }, selector);
}

describe('A visitor’s journey on the SSR example, in Chromium', () => {
  describe('given a first visit', () => {
    it('1. shows the banner and writes no cookie', async () => {
      await page.goto(origin);
      await expect.poll(() => banner().isVisible(), patience).toBe(true);
      expect(await context.cookies()).toEqual([]);
      expect(await page.evaluate(() => document.cookie)).toBe('');
    });

    describe('when a keyboard user presses Tab (in a new tab)', () => {
      it('2a. reaches the banner first: its first button within three Tab presses, skip link counted', async () => {
        await freshPage();
        const reached: string[] = [];
        for (let press = 0; press < 3; press++) {
          await page.keyboard.press('Tab');
          reached.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
        }
        expect(reached).toEqual(['Aller au contenu', 'Voir la liste des prestataires', 'Tout accepter']);
        // Announced once in the status region, and focus was never moved there by the page.
        expect(await page.getByRole('status').textContent()).toBe('Vos choix en matière de cookies');
      });

      it('2. reaches the banner’s buttons, with a visible focus, never hidden behind the banner', async () => {
        const reached: string[] = [];
        for (let press = 0; press < 40; press++) {
          await page.keyboard.press('Tab');
          const focus = await page.evaluate(() => {
            const element = document.activeElement as HTMLElement;
            // Past the last control, focus leaves the page for the browser's own interface.
            if (element === document.body) return { text: '', hidden: false, outline: 'page left' };
            const box = element.getBoundingClientRect();
            const bannerBox = document.querySelector('[data-part="banner"]')?.getBoundingClientRect();
            const inBanner = element.closest('[data-part="banner"]') !== null;
            const hidden =
              !inBanner &&
              bannerBox !== undefined &&
              box.top >= bannerBox.top &&
              box.bottom <= bannerBox.bottom &&
              box.left >= bannerBox.left &&
              box.right <= bannerBox.right;
            const style = getComputedStyle(element);
            return {
              text: element.textContent?.trim() ?? '',
              hidden,
              outline: style.outlineStyle,
              width: style.outlineWidth,
            };
          });
          expect(focus.hidden, `"${focus.text}" is hidden behind the banner`).toBe(false);
          expect(focus.outline, `"${focus.text}" has no visible focus`).not.toBe('none');
          reached.push(focus.text);
        }
        expect(reached).toEqual(expect.arrayContaining(['Tout accepter', 'Tout refuser', 'Personnaliser']));
      });
    });

    describe('when "Personnaliser" is activated with Enter', () => {
      it('3. opens the dialog with focus inside; Tab and Shift+Tab wrap; Escape closes it and focus returns', async () => {
        const customise = banner().getByRole('button', { name: 'Personnaliser' });
        await customise.focus();
        const scrolled = await page.evaluate(() => scrollY);
        await page.keyboard.press('Enter');
        const dialog = page.getByRole('dialog', { name: 'Préférences de cookies' });
        await expect.poll(() => dialog.isVisible(), patience).toBe(true);
        const inDialog = () => page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null);
        expect(await inDialog()).toBe(true);
        for (let press = 0; press < 30; press++) {
          await page.keyboard.press('Tab');
          expect(await inDialog()).toBe(true);
        }
        for (let press = 0; press < 30; press++) {
          await page.keyboard.press('Shift+Tab');
          expect(await inDialog()).toBe(true);
        }
        await page.keyboard.press('Escape');
        await expect.poll(() => dialog.count(), patience).toBe(0);
        await expect
          .poll(() => page.evaluate(() => document.activeElement?.textContent), patience)
          .toBe('Personnaliser');
        // Moving focus through the dialog left the page behind it where it was.
        expect(await page.evaluate(() => scrollY)).toBe(scrolled);
        expect(await context.cookies()).toEqual([]);
      });
    });

    describe('when "Tout refuser" is activated and the page reloads', () => {
      it('4. shows no banner at any moment, and the refusal cookie has the right attributes', async () => {
        await banner().getByRole('button', { name: 'Tout refuser' }).click();
        await expect.poll(() => banner().count(), patience).toBe(0);
        await page.reload();
        await page.waitForLoadState('load');
        await page.getByRole('button', { name: 'Gérer mes cookies' }).waitFor();
        expect((await seen()).banner).toBe(false);
        const [cookie, ...others] = await context.cookies();
        expect(others).toEqual([]);
        expect(cookie).toMatchObject({
          name: 'cookies_preferences',
          path: '/',
          sameSite: 'Lax',
          secure: false,
          httpOnly: false,
        });
        expect(cookie?.domain).toBe('127.0.0.1');
        const days = ((cookie?.expires ?? 0) * 1000 - Date.now()) / 86_400_000;
        expect(days).toBeGreaterThan(182);
        expect(days).toBeLessThanOrEqual(183);
      });
    });
  });

  describe('given a returning visitor who refused', () => {
    describe('when "Gérer mes cookies" is activated and the statistics are switched on and saved', () => {
      it('5. shows the gated component without a reload', async () => {
        await page.getByRole('button', { name: 'Gérer mes cookies' }).click();
        const dialog = page.getByRole('dialog', { name: 'Préférences de cookies' });
        await dialog.getByRole('switch', { name: 'Statistiques' }).click();
        await dialog.getByRole('button', { name: 'Enregistrer mes choix' }).click();
        await expect.poll(() => page.getByTestId('statistics').isVisible(), patience).toBe(true);
        expect(await page.getByRole('status').textContent()).toBe('Vos choix ont été enregistrés.');
      });
    });
  });

  describe('given the first tab, after a first visit and a return', () => {
    it('hydrated both visits without a warning or an error', () => {
      expect(consoleProblems).toEqual([]);
    });
  });

  describe('given a first visit in a new tab', () => {
    describe('when "Tout accepter" is clicked', () => {
      it('7. shifts nothing in the load, the banner’s appearance and its dismissal (CLS 0)', async () => {
        await freshPage();
        await banner().getByRole('button', { name: 'Tout accepter' }).click();
        await expect.poll(() => banner().count(), patience).toBe(0);
        await page.waitForTimeout(200);
        expect((await seen()).shift).toBe(0);
      });
    });

    describe('when the preferences open, close, and all is refused', () => {
      it('8. leaves axe (WCAG 2.2 AA and best practices) nothing to find with the banner, the dialog, and on the charter page', async () => {
        await freshPage();
        await page.waitForTimeout(300);
        expect(await axeViolations('body')).toEqual([]);
        await banner().getByRole('button', { name: 'Personnaliser' }).click();
        await page.waitForTimeout(300);
        expect(await axeViolations('[role="dialog"]')).toEqual([]);
        await page.keyboard.press('Escape');
        await banner().getByRole('button', { name: 'Tout refuser' }).click();
        await expect.poll(() => banner().count(), patience).toBe(0);
        expect(await axeViolations('body')).toEqual([]);
      });
    });

    it('9. gives every interactive control at least 24 × 24 CSS px', async () => {
      await freshPage();
      const small = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('a[href], button, summary, [role="switch"]')]
          .filter((control) => control.getClientRects().length > 0)
          .map((control) => ({ text: control.textContent?.trim(), box: control.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 24 || box.height < 24)
          .map(({ text, box }) => `${text}: ${Math.round(box.width)}×${Math.round(box.height)}`),
      );
      expect(small).toEqual([]);
    });
  });

  describe('given a first visit in a new tab at 320 px and 200 % text', () => {
    it('6. scrolls nothing sideways, and every banner button can be reached', async () => {
      await freshPage({ width: 320, height: 640 });
      await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
      ).toBe(true);
      for (const name of ['Tout accepter', 'Tout refuser', 'Personnaliser']) {
        const button = banner().getByRole('button', { name });
        await button.scrollIntoViewIfNeeded();
        const box = await button.boundingBox();
        expect(box, name).toMatchObject({ x: expect.any(Number) });
        const { x = -1, y = -1, width = 0, height = 0 } = box ?? {};
        expect([x >= 0, x + width <= 320, y >= 0, y + height <= 640], `${name}: ${JSON.stringify(box)}`).toEqual([
          true,
          true,
          true,
          true,
        ]);
      }
    });
  });
});
