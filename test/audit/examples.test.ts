import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StartedServer, startNextExample, startSsrExample } from '../e2e/server';
import { chromiumArgs, reportOf, runCli } from './cli';

// Both examples, built by `npm run examples:build`, keep to the portal's catalogue: the audit finds nothing.
let ssr: StartedServer;
let next: StartedServer;

beforeAll(async () => {
  [ssr, next] = await Promise.all([startSsrExample(), startNextExample()]);
});

afterAll(() => {
  ssr?.stop();
  next?.stop();
});

/** Each example's own catalogue module, loaded as a host's CI loads it; the portal keeps the choice in its own cookie. */
const portal = (catalogue: string) => ['--catalogue', catalogue, '--cookie-name', 'cookies_preferences'];

describe('charte-audit', () => {
  describe('given the built examples, which keep to the portal’s catalogue', () => {
    describe('when run on the SSR example’s pages', () => {
      it('prints a clean report and exits 0', async () => {
        const run = await runCli([
          `${ssr.origin}/`,
          `${ssr.origin}/donnees/1`,
          ...portal('examples/ssr/catalogue.ts'),
          ...chromiumArgs(),
        ]);
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        expect(run.stdout).toContain(`charte audit: 2 pages in `);
        expect(run.stdout).toMatch(/^after-withdrawal \(statistics\) +2 +cookies_preferences +- +-$/m);
        expect(run.stdout.trimEnd().endsWith('No violation.')).toBe(true);
      });
    });

    describe('when run on the Next.js example’s pages with --json', () => {
      it('reports no violation at any step, and exits 0', async () => {
        const run = await runCli([
          `${next.origin}/`,
          `${next.origin}/charte`,
          ...portal('examples/next/app/catalogue.ts'),
          '--json',
          ...chromiumArgs(),
        ]);
        expect(run.code).toBe(0);
        const report = reportOf(run);
        expect(report.violations).toEqual([]);
        expect(report.steps.map(({ step, visits, cookies }) => ({ step, visits, cookies }))).toEqual([
          { step: 'before-consent', visits: 3, cookies: [] },
          { step: 'after-refusal', visits: 2, cookies: ['cookies_preferences'] },
          { step: 'after-acceptance', visits: 2, cookies: ['cookies_preferences'] },
          { step: 'after-withdrawal', visits: 2, cookies: ['cookies_preferences'] },
        ]);
      });
    });
  });
});
