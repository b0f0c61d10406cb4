import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditSite, type Violation } from '../../src/audit';
import { chromiumLaunchOptions } from '../chromium.mjs';
import { chromiumArgs, reportOf, runCli } from './cli';
import { catalogue } from './fixtures/catalogue';
import { type MisbehavingSite, type Scenario, startMisbehavingSite } from './fixtures/site';

let site: MisbehavingSite;

beforeAll(async () => {
  site = await startMisbehavingSite();
});

afterAll(async () => {
  await site?.close();
});

/** The CLI's JSON report of one scenario's page, with the fixture's catalogue (TypeScript, loaded by jiti). */
async function audit(scenario: Scenario, ...options: string[]) {
  const run = await runCli([
    site.url(scenario),
    '--catalogue',
    'test/audit/fixtures/catalogue.ts',
    '--json',
    ...chromiumArgs(site.hostResolverRules),
    ...options,
  ]);
  return { code: run.code, report: reportOf(run) };
}

/** A violation's kind, step, subject's name or URL, and declared entry: what the tests hold the audit to. */
const summary = (violation: Violation) => ({
  kind: violation.kind,
  step: violation.step,
  subject: violation.subject.type === 'request' ? violation.subject.url : violation.subject.name,
  declared: violation.declared?.path ?? null,
});

describe('charte-audit', () => {
  describe('given a page that sets, before any choice, a cookie the catalogue does not declare', () => {
    it('reports it before any choice, after a refusal and, as undeclared, after acceptance; exits 1', async () => {
      const { code, report } = await audit('undeclared');
      expect(code).toBe(1);
      expect(report.violations.map(summary)).toEqual(
        expect.arrayContaining([
          { kind: 'set-before-consent', step: 'before-consent', subject: 'visitor_id', declared: null },
          { kind: 'kept-after-refusal', step: 'after-refusal', subject: 'visitor_id', declared: null },
          { kind: 'undeclared', step: 'after-acceptance', subject: 'visitor_id', declared: null },
        ]),
      );
      expect(report.violations.every((violation) => violation.subject.type === 'cookie')).toBe(true);
      expect(report.violations[0]?.pages).toEqual([site.url('undeclared')]);
    });
  });

  describe('given a Google-Analytics-like script that re-creates its cookie after a withdrawal', () => {
    it('reports the cookie and the script requested again after the withdrawal, and nothing before', async () => {
      const { code, report } = await audit('ga', '--service-host', 'analytics=ga.example.test');
      expect(code).toBe(1);
      const script = site.on('ga.example.test', '/ga.js');
      expect(report.violations.map(summary)).toEqual([
        {
          kind: 'kept-after-withdrawal',
          step: 'after-withdrawal',
          subject: '_ga',
          declared: 'services.analytics.cookies.0',
        },
        { kind: 'kept-after-withdrawal', step: 'after-withdrawal', subject: script, declared: 'services.analytics' },
      ]);
      expect(report.violations[0]).toMatchObject({
        withdrawn: ['statistics'],
        declared: { service: 'analytics', category: 'statistics', name: '_ga', duration: 395 },
      });
      // Before the withdrawal, the script came only once statistics were granted.
      expect(report.steps.map(({ hosts }) => hosts)).toEqual([[], [], ['ga.example.test'], ['ga.example.test']]);
    });
  });

  describe('given a tracking pixel requested before any choice', () => {
    it('reports it at each step without marketing, attributed to the ad network by its cookie domain', async () => {
      const { code, report } = await audit('pixel');
      expect(code).toBe(1);
      const pixel = site.on('ads.example.test', '/pixel.gif');
      expect(report.violations.map(summary)).toEqual([
        { kind: 'set-before-consent', step: 'before-consent', subject: pixel, declared: 'services.ads' },
        { kind: 'kept-after-refusal', step: 'after-refusal', subject: pixel, declared: 'services.ads' },
        { kind: 'kept-after-withdrawal', step: 'after-withdrawal', subject: pixel, declared: 'services.ads' },
      ]);
      expect(report.violations[2]?.withdrawn).toEqual(['statistics', 'marketing']);
    });
  });

  describe('given a cookie set for longer than its declared duration', () => {
    it('reports, once everything is accepted, that it lives longer than declared', async () => {
      const { code, report } = await audit('lifetime');
      expect(code).toBe(1);
      expect(report.violations.map(summary)).toEqual([
        {
          kind: 'lives-longer-than-declared',
          step: 'after-acceptance',
          subject: '_pk_id.1.abcd',
          declared: 'services.matomo.cookies.0',
        },
      ]);
      // Set for 730 days; Chromium keeps a cookie 400 days at most (RFC 6265bis).
      expect(report.violations[0]?.detail).toBe('expires in 400 days, declared 395');
    });
  });

  describe('given a page that keeps to its catalogue and loads a script from a CDN', () => {
    describe('when auditSite runs on it, the CDN allowed', () => {
      it('finds nothing (English page, kit parts scoped), and reports the CDN once it is not allowed', async () => {
        const browser = await chromium.launch({
          ...chromiumLaunchOptions,
          args: [...chromiumArgs(site.hostResolverRules).map((arg) => arg.replace('--chromium-arg=', ''))],
        });
        try {
          const report = await auditSite({
            urls: [site.url('clean')],
            catalogue,
            browser,
            allowHosts: ['cdn.example.test'],
          });
          expect(report.violations).toEqual([]);
          expect(report.ok).toBe(true);
          const seen = Object.fromEntries(
            report.steps.map(({ step, cookies, storage }) => [step, [...cookies, ...storage]]),
          );
          expect(seen['before-consent']).toEqual(['sid', 'localStorage theme']);
          expect(seen['after-acceptance']).toEqual(expect.arrayContaining(['sid', 'charte', '_pk_id.1.abcd']));
          expect(seen['after-withdrawal']).not.toContain('_pk_id.1.abcd');
          // Without the allowance, the CDN is a request to another host that no category allows.
          const strict = await auditSite({ urls: [site.url('clean')], catalogue, browser });
          expect(strict.violations.map(summary)).toContainEqual({
            kind: 'set-before-consent',
            step: 'before-consent',
            subject: site.on('cdn.example.test', '/lib.js'),
            declared: null,
          });
        } finally {
          await browser.close();
        }
      });
    });
  });
});
