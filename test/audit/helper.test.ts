import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsentViolationError, expectNoConsentViolations } from '../../src/audit';
import { chromiumLaunchOptions } from '../chromium.mjs';
import { catalogue } from './fixtures/catalogue';
import { type MisbehavingSite, type Scenario, startMisbehavingSite } from './fixtures/site';

// The helper as a Playwright Test user calls it, here with playwright-core's Page (the same object Playwright Test
// hands a test): it needs nothing from @playwright/test.
let site: MisbehavingSite;
let browser: Browser;

beforeAll(async () => {
  site = await startMisbehavingSite();
  browser = await chromium.launch({
    ...chromiumLaunchOptions,
    args: [
      ...chromiumLaunchOptions.args.filter((arg) => !arg.startsWith('--host-resolver-rules=')),
      site.hostResolverRules,
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A first visit of a scenario's page, once the banner is there and the network idle. */
async function firstVisit(scenario: Scenario): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(site.url(scenario));
  await page.getByRole('region', { name: 'Your cookie choices' }).waitFor();
  await page.waitForLoadState('networkidle');
  return page;
}

/** What `expectNoConsentViolations` rejected with. */
async function rejection(page: Page, options = {}) {
  const error = await expectNoConsentViolations(page, catalogue, options).then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ConsentViolationError);
  return error as ConsentViolationError;
}

describe('expectNoConsentViolations(page, catalogue)', () => {
  describe('given a first visit to a page that requests a tracking pixel before any choice', () => {
    it('rejects, with a message naming the pixel and its service', async () => {
      const page = await firstVisit('pixel');
      const error = await rejection(page);
      const pixel = site.on('ads.example.test', '/pixel.gif');
      expect(error.violations).toEqual([
        expect.objectContaining({
          kind: 'set-before-consent',
          step: 'before-consent',
          subject: { type: 'request', url: pixel },
          declared: { path: 'services.ads', service: 'ads', category: 'marketing' },
        }),
      ]);
      expect(error.message).toContain('1 consent violation:');
      expect(error.message).toMatch(
        new RegExp(`1\\. set before consent +before-consent +request ${pixel} +services\\.ads \\(marketing\\)`),
      );
      await page.context().close();
    });
  });

  describe('given a page that sets a cookie the catalogue does not declare', () => {
    describe('when "Reject all" is clicked and the page reloaded', () => {
      it('rejects on the cookie, kept after the refusal', async () => {
        const page = await firstVisit('undeclared');
        await page.getByRole('button', { name: 'Reject all' }).click();
        await page.reload();
        await page.waitForLoadState('networkidle');
        const error = await rejection(page);
        expect(
          error.violations.map(({ kind, step, subject, declared }) => [
            kind,
            step,
            subject.type,
            subject.type === 'request' ? '' : subject.name,
            declared,
          ]),
        ).toEqual([['kept-after-refusal', 'after-refusal', 'cookie', 'visitor_id', null]]);
        await page.context().close();
      });
    });
  });

  describe('given a page that sets a cookie for longer than it declares', () => {
    describe('when "Accept all" is clicked', () => {
      it('rejects on the cookie that lives longer than declared', async () => {
        const page = await firstVisit('lifetime');
        await page.getByRole('button', { name: 'Accept all' }).click();
        await page.waitForFunction(() => document.cookie.includes('_pk_id.'));
        const error = await rejection(page);
        expect(error.violations).toEqual([
          expect.objectContaining({
            kind: 'lives-longer-than-declared',
            step: 'after-acceptance',
            declared: expect.objectContaining({ path: 'services.matomo.cookies.0', duration: 395 }),
          }),
        ]);
        await page.context().close();
      });
    });
  });

  describe('given a page that keeps to its catalogue and loads a script from a CDN', () => {
    it('resolves before a choice and after accepting, its CDN allowed, and rejects without the allowance', async () => {
      const page = await firstVisit('clean');
      const allowed = { allowHosts: ['cdn.example.test'] };
      await expect(expectNoConsentViolations(page, catalogue, allowed)).resolves.toBeUndefined();
      // Without the allowance, a CDN called before any choice is another host that no category allows.
      const error = await rejection(page);
      expect(error.violations.map(({ subject }) => subject)).toEqual([
        { type: 'request', url: site.on('cdn.example.test', '/lib.js') },
      ]);
      await page.getByRole('button', { name: 'Accept all' }).click();
      await page.waitForFunction(() => document.cookie.includes('_pk_id.'));
      await expect(expectNoConsentViolations(page, catalogue, allowed)).resolves.toBeUndefined();
      await page.context().close();
    });
  });
});
