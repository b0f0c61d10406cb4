// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = (file: string) => {
  const path = `${root}dist/${file}`;
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first (npm test does)`);
  return readFileSync(path, 'utf8');
};

/** The files whose code an app's bundler keeps for `source`, react left to the app; every output, when code-split. */
async function bundledInputs(source: string, { splitting = false } = {}) {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'js' },
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    external: ['react', 'react-dom', 'react/jsx-runtime'],
    logLevel: 'silent',
    splitting,
    outdir: `${root}node_modules/.cache/build-test`,
  });
  return Object.values(result.metafile.outputs).flatMap((output) =>
    Object.entries(output.inputs)
      .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
      .map(([input]) => input),
  );
}

describe('the built package', () => {
  describe('given the React entries (the index and charte/headless)', () => {
    it('start every one of their files with "use client"', () => {
      const files = ['', 'production/'].flatMap((folder) =>
        readdirSync(`${root}dist/${folder}`)
          .filter((file) => /^(index|headless|react-.*|chunk-.*)\.c?js$/.test(file))
          .map((file) => `${folder}${file}`),
      );
      expect(files).toContain('index.js');
      expect(files).toContain('production/index.js');
      expect(files).toContain('index.cjs');
      expect(files.filter((file) => !dist(file).startsWith('"use client";'))).toEqual([]);
    });

    it('reuse the core entry instead of bundling a copy', () => {
      const files = readdirSync(`${root}dist`).filter((file) =>
        /^(index|headless|react-.*|chunk-.*)\.c?js$/.test(file),
      );
      expect(files.length).toBeGreaterThan(3);
      for (const file of files) expect(dist(file)).not.toContain('function decodeRecord');
      expect(dist('index.cjs')).toContain('require("./core.cjs")');
    });

    it('re-export every name of charte/core by name: webpack refuses `export *` in a client module', async () => {
      const core = Object.keys(await import(`${root}dist/core.js`));
      const index = Object.keys(await import(`${root}dist/index.js`));
      expect(core.filter((name) => !index.includes(name))).toEqual([]);
      for (const file of ['index.js', 'headless.js', 'production/index.js', 'production/headless.js']) {
        expect(dist(file)).not.toMatch(/export \*/);
      }
    });
  });

  describe('given the framework-free entries', () => {
    it.each([
      'core.js',
      'core.cjs',
      'gtag.js',
      'scripts.js',
      'beacon.js',
      'beacon.cjs',
      'testing.js',
      'production/core.js',
    ])('%s has no directive and no React', (file) => {
      const code = dist(file);
      expect(code).not.toMatch(/["']use client["']/);
      expect(code).not.toMatch(/from\s*["']react|require\(["']react/);
      expect(code).not.toMatch(/i18next|@radix-ui/);
    });
  });

  describe('given charte/headless', () => {
    it('exports, in ESM and CommonJS, what its types declare, sharing the React context of the index', async () => {
      const esm = await import(`${root}dist/headless.js`);
      const cjs = createRequire(import.meta.url)(`${root}dist/headless.cjs`);
      const expected = ['ConsentGate', 'ConsentProvider', 'useConsent', 'useConsentSelector'];
      expect(Object.keys(esm).sort()).toEqual(expected);
      expect(Object.keys(cjs).sort()).toEqual(expected);
      expect(esm.ConsentProvider).toBe((await import(`${root}dist/index.js`)).ConsentProvider);
      expect(cjs.ConsentProvider).toBe(createRequire(import.meta.url)(`${root}dist/index.cjs`).ConsentProvider);
      expect(dist('headless.d.ts')).toContain('export { ConsentGate, ConsentProvider, useConsent, useConsentSelector,');
    });
  });

  describe('when an app bundles ConsentProvider, useConsent and ConsentGate', () => {
    it('from the index, keeps neither Radix nor i18next', async () => {
      const inputs = await bundledInputs("export { ConsentProvider, useConsent, ConsentGate } from './dist/index.js';");
      expect(inputs).toContain('dist/core.js');
      expect(inputs.filter((input) => /i18next|@radix-ui|src\/i18n/.test(input))).toEqual([]);
    });

    it('from charte/headless, keeps neither Radix nor i18next nor the dialog, code-split or not', async () => {
      for (const splitting of [false, true]) {
        const inputs = await bundledInputs(
          "export { ConsentProvider, useConsent, ConsentGate } from './dist/headless.js';",
          {
            splitting,
          },
        );
        expect(inputs).toContain('dist/core.js');
        expect(inputs.filter((input) => /i18next|@radix-ui|preferences|use-kit/.test(input))).toEqual([]);
      }
    });
  });

  describe('when an app bundles charte/core', () => {
    it('keeps nothing but charte/core', async () => {
      const inputs = await bundledInputs("export * from './dist/core.js';");
      expect(inputs).toEqual(['dist/core.js']);
    });
  });

  describe('given the production build, which bundlers pick through the `production` condition', () => {
    it('has no checks and no warnings', () => {
      const production = readdirSync(`${root}dist/production`).filter((file) => file.endsWith('.js'));
      const development = readdirSync(`${root}dist`).filter((file) => file.endsWith('.js'));
      const text = (files: string[], folder: string) => files.map((file) => dist(`${folder}${file}`)).join('\n');
      for (const marker of ['unknown category', 'is not declared in the catalogue', 'no strings for']) {
        expect(text(development, '')).toContain(marker);
        expect(text(production, 'production/')).not.toContain(marker);
      }
      expect(dist('production/core.js')).toContain('function defineCatalogue');
    });
  });
});
