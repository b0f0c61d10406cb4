// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = (file: string) => {
  const path = `${root}dist/${file}`;
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first (npm test does)`);
  return readFileSync(path, 'utf8');
};

/** The package files an app's bundler pulls in for `source`, react left to the app. */
async function bundledInputs(source: string) {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'js' },
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    external: ['react', 'react-dom', 'react/jsx-runtime'],
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

describe('the built package', () => {
  it.each(['index.js', 'index.cjs'])('React entry %s starts with "use client"', (file) => {
    expect(dist(file).startsWith('"use client";')).toBe(true);
  });

  it.each(['core.js', 'core.cjs'])('core entry %s has no directive and no React', (file) => {
    const code = dist(file);
    expect(code).not.toMatch(/["']use client["']/);
    expect(code).not.toMatch(/from\s*["']react|require\(["']react/);
    expect(code).not.toMatch(/i18next|@radix-ui/);
  });

  it('the React entry reuses the core entry instead of bundling a copy', () => {
    expect(dist('index.js')).toContain('from "./core.js"');
    expect(dist('index.js')).not.toContain('function decodeRecord');
    expect(dist('index.cjs')).toContain('require("./core.cjs")');
  });

  it('the headless path bundles neither Radix nor i18next', async () => {
    const inputs = await bundledInputs("export { ConsentProvider, useConsent, ConsentGate } from './dist/index.js';");
    expect(inputs).toContain('dist/core.js');
    expect(inputs.filter((input) => /i18next|@radix-ui/.test(input))).toEqual([]);
  });

  it('charte/core bundles nothing but itself', async () => {
    const inputs = await bundledInputs("export * from './dist/core.js';");
    expect(inputs).toEqual(['dist/core.js', '<stdin>']);
  });
});
