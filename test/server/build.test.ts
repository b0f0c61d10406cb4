import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Every file a browser bundle of `entry` reads, as esbuild's metafile lists them; react and i18next left to the app. */
async function browserInputs(entry: string) {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    external: ['react', 'react-dom', 'react/*', 'i18next', '@radix-ui/*'],
    outdir: `${root}node_modules/.cache/server-build-test`,
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

/** The package's entries that a browser may load: every export but `./server`, the stylesheet and JSON files. */
const browserExports = Object.entries(packageJson.exports)
  .filter(([subpath]) => subpath !== './server' && !/\.(css|json)$/.test(subpath))
  .map(([subpath, target]) => [subpath, (target as { import: { production: string } }).import.production] as const);

/** The sources of those entries (tsup.config.ts). */
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

describe('charte/server stays out of every browser bundle', () => {
  it.each(sources)("%s's bundle graph reaches nothing in src/server", async (source) => {
    const inputs = await browserInputs(source);
    expect(inputs).toContain(source);
    expect(inputs.filter((input) => input.startsWith('src/server/'))).toEqual([]);
  });

  it.each(browserExports)(
    'charte%s (%s) bundles for a browser without the server, the CLI, SQLite or pg',
    async (_, file) => {
      const path = `${root}${file.slice(2)}`;
      if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first (npm test does)`);
      const inputs = await browserInputs(file);
      expect(
        inputs.filter((input) => /dist\/(server|consent-log)|better-sqlite3|node_modules\/pg/.test(input)),
      ).toEqual([]);
    },
  );

  it('lists every browser entry of package.json', () => {
    expect(browserExports.map(([subpath]) => subpath)).toEqual([
      '.',
      './headless',
      './core',
      './gtag',
      './scripts',
      './beacon',
      './testing',
      './locales/en',
    ]);
  });

  it('charte/server and its CLI are Node files: no React, no "use client", and the CLI runs as a script', () => {
    const server = readFileSync(`${root}dist/server.js`, 'utf8');
    expect(server).not.toMatch(/["']use client["']|from\s*["']react|i18next/);
    expect(readFileSync(`${root}dist/consent-log.js`, 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
    expect(packageJson.bin).toEqual({ 'charte-consent-log': './dist/consent-log.js' });
  });
});
