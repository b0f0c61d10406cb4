// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };

// charte/server and charte/audit run on Node only: no browser bundle of any other entry may reach them, their
// databases or their browser driver, so a visitor's download is what it would be without them.
const root = fileURLToPath(new URL('..', import.meta.url));
const NODE_ONLY = ['./server', './audit'];
const REACHES_NODE_ONLY =
  /src\/(server|audit)\/|dist\/(server|audit|consent-log)|better-sqlite3|node_modules\/pg\/|playwright|jiti/;

/** Every input a code-split browser bundle of `entry` reads; react, i18next and Radix left to the app. */
async function browserInputs(entry: string) {
  const result = await build({
    entryPoints: [`${root}${entry}`],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    splitting: true,
    external: ['react', 'react-dom', 'react/*', 'i18next', '@radix-ui/*'],
    outdir: `${root}node_modules/.cache/node-entries-test`,
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

type Export = { import: { production: string; default: string } };
const browserExports = Object.entries(packageJson.exports).filter(
  ([subpath]) => !NODE_ONLY.includes(subpath) && !/\.(css|json)$/.test(subpath),
) as [string, Export][];
const sources = [
  'src/index.ts',
  'src/headless.ts',
  'src/core/index.ts',
  'src/gtag/index.ts',
  'src/scripts/index.ts',
  'src/beacon/index.ts',
  'src/testing/index.ts',
  'src/locales/en.ts',
];

describe('the Node-only entries, charte/server and charte/audit', () => {
  describe('given a browser bundle of any other entry', () => {
    it('is checked here for every export of package.json but those two', () => {
      expect(browserExports.map(([subpath]) => subpath)).toEqual([
        '.',
        './headless',
        './core',
        './gtag',
        './scripts',
        './beacon',
        './testing',
        ...readdirSync(`${root}src/locales`).map((file) => `./locales/${file.replace(/\.ts$/, '')}`),
      ]);
    });

    it.each(sources)('from source: %s reaches neither charte/server nor charte/audit', async (source) => {
      const inputs = await browserInputs(source);
      expect(inputs).toContain(source);
      expect(inputs.filter((input) => REACHES_NODE_ONLY.test(input))).toEqual([]);
    });

    it.each(
      browserExports.flatMap(([subpath, { import: files }]) =>
        [files.production, files.default].map((file) => [subpath, file]),
      ),
    )('as built: charte%s (%s) reaches neither', async (_, file) => {
      const path = `${root}${file.slice(2)}`;
      if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first (npm test does)`);
      expect((await browserInputs(file.slice(2))).filter((input) => REACHES_NODE_ONLY.test(input))).toEqual([]);
    });
  });

  describe('given their own build', () => {
    it.each(['server.js', 'audit.js'])('dist/%s is built for Node, beside the core entry it imports', async (file) => {
      const result = await build({
        entryPoints: [`${root}dist/${file}`],
        bundle: true,
        write: false,
        metafile: true,
        platform: 'node',
        format: 'esm',
        external: ['better-sqlite3', 'pg', 'playwright-core', 'jiti'],
        logLevel: 'silent',
      });
      expect(Object.keys(result.metafile.inputs).sort()).toEqual([`dist/${file}`, 'dist/core.js'].sort());
      expect(readFileSync(`${root}dist/${file}`, 'utf8')).not.toMatch(/["']use client["']|from\s*["']react/);
    });

    it('declares the CLIs as bins that run as scripts', () => {
      expect(packageJson.bin).toEqual({
        'charte-consent-log': './dist/consent-log.js',
        'charte-audit': './dist/audit-cli.js',
      });
      for (const file of Object.values(packageJson.bin)) {
        expect(readFileSync(`${root}${file.slice(2)}`, 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
      }
    });
  });
});
