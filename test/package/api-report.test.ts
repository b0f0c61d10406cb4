// @vitest-environment node
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkApi, entries } from '../../scripts/api-report.mjs';

// The declarations as built (npm test builds first), copied beside dist/ so that they resolve react as it does
// (under node_modules, TypeScript would take them for another package's), and removed after.
const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = mkdtempSync(join(root, '.api-report-test-'));
cpSync(join(root, 'dist'), dist, {
  recursive: true,
  filter: (path) => !path.endsWith('.js') && !path.endsWith('.cjs'),
});
const reports = readdirSync(join(root, 'api'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('the API report (scripts/api-report.mjs)', () => {
  describe('given the declarations as built', () => {
    it('is committed for every entry with declarations, and for no other', () => {
      expect(entries().map(({ name }) => `${name}.api.md`)).toEqual(expect.arrayContaining(reports));
      expect(reports).toEqual(expect.arrayContaining(entries().map(({ name }) => `${name}.api.md`)));
    });

    describe('when an export changed without its report', () => {
      it('fails, naming the entry, passes the others and leaves the committed report as it was', () => {
        appendFileSync(
          join(dist, 'gtag.d.ts'),
          '\n/** Added without its report. */\nexport declare const unreported: 1;\n',
        );
        const before = readFileSync(join(root, 'api/gtag.api.md'), 'utf8');
        expect(checkApi({ dist, only: ['core', 'gtag'] }).changed).toEqual(['gtag']);
        expect(readFileSync(join(root, 'api/gtag.api.md'), 'utf8')).toBe(before);
      }, 60_000);
    });
  });
});
