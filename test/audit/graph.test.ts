import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Every input a browser bundle of `entry` reaches, peers left out as an app's bundler would resolve them. */
async function browserGraph(entry: string) {
  const result = await build({
    entryPoints: [`${root}${entry}`],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    jsx: 'automatic',
    external: ['react', 'react-dom', 'react/jsx-runtime', 'i18next', '@radix-ui/*'],
    logLevel: 'silent',
    splitting: true,
    outdir: `${root}node_modules/.cache/audit-graph-test`,
  });
  return Object.keys(result.metafile.inputs);
}

// Every browser entry: the sources and the built files of package.json's exports, one React module each.
const sources = [
  'src/index.ts',
  'src/headless.ts',
  'src/core/index.ts',
  'src/gtag/index.ts',
  'src/scripts/index.ts',
  'src/beacon/index.ts',
  'src/i18n/en.ts',
];
const built = () => {
  if (!existsSync(`${root}dist/audit.js`))
    throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  return readdirSync(`${root}dist`)
    .filter((file) => /\.js$/.test(file) && !file.startsWith('audit'))
    .map((file) => `dist/${file}`)
    .concat('dist/locales/en.js');
};

describe('charte/audit stays out of the browser', () => {
  it.each(sources)('%s reaches neither src/audit nor playwright-core', async (entry) => {
    const inputs = await browserGraph(entry);
    expect(inputs.length).toBeGreaterThan(0);
    expect(inputs.filter((input) => /src\/audit|playwright|jiti/.test(input))).toEqual([]);
  });

  it('no built browser file reaches dist/audit, playwright-core or jiti', async () => {
    const files = built();
    expect(files).toEqual(expect.arrayContaining(['dist/index.js', 'dist/headless.js', 'dist/core.js']));
    for (const file of files) {
      const inputs = await browserGraph(file);
      expect({ file, reached: inputs.filter((input) => /audit|playwright|jiti/.test(input)) }).toEqual({
        file,
        reached: [],
      });
    }
  });

  it('the audit itself is built for Node, beside the core entry it imports', async () => {
    const result = await build({
      entryPoints: [`${root}dist/audit.js`],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'esm',
      external: ['playwright-core', 'jiti'],
      logLevel: 'silent',
    });
    expect(Object.keys(result.metafile.inputs).sort()).toEqual(['dist/audit.js', 'dist/core.js']);
  });
});
