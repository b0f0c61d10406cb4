import { readdirSync, writeFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

const external = ['react', 'react-dom', 'react/jsx-runtime', 'i18next', /^@radix-ui\//];

/** Every output file sits in dist/, beside the core entry, which the React files import instead of a copy. */
const coreAsSiblingEntry = (extension: 'js' | 'cjs'): NonNullable<Options['esbuildPlugins']>[number] => ({
  name: 'core-as-sibling-entry',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\/(\.\.\/)*core$/ }, () => ({ path: `./core.${extension}`, external: true }));
  },
});

/** One entry per React module, named `react-<module>`. */
const reactModules = Object.fromEntries(
  readdirSync('src/react').map((file) => [`react-${file.replace(/\.tsx?$/, '')}`, `src/react/${file}`]),
);

// esbuild drops module directives; tsup keeps this banner only without its own tree-shaking pass.
const client = { banner: { js: '"use client";' }, treeshake: false, target: 'es2022', external } satisfies Options;

const headlessNames = 'ConsentGate, ConsentProvider, useConsent';
const headlessTypes =
  'type ConsentApi, type ConsentGateProps, type ConsentProviderProps, type CategoryId, type Register, type RegisteredCatalogue, type ServiceId';

/**
 * `charte/headless` beside the ESM build: its types and its CommonJS file re-export the index's, so that `Register`
 * is declared once and a CommonJS app shares one React context between both entries.
 */
function writeHeadlessFacades() {
  for (const [extension, types] of [
    ['js', 'd.ts'],
    ['cjs', 'd.cts'],
  ] as const) {
    writeFileSync(
      `dist/headless.${types}`,
      `export * from './core.${extension}';\nexport { ${headlessNames}, ${headlessTypes} } from './index.${extension}';\n`,
    );
  }
  writeFileSync(
    'dist/headless.cjs',
    `"use client";\nconst { ${headlessNames} } = require('./index.cjs');\nmodule.exports = { ...require('./core.cjs'), ${headlessNames} };\n`,
  );
}

export default defineConfig([
  // Framework-free entries, each a single file (no shared chunks, so each is measured alone).
  ...['core', 'gtag', 'scripts', 'beacon', 'locales/en'].map((name) => ({
    entry: { [name]: name === 'locales/en' ? 'src/i18n/en.ts' : `src/${name}/index.ts` },
    format: ['esm', 'cjs'] satisfies Options['format'],
    dts: true,
    target: 'es2022',
    external,
  })),
  { entry: { styles: 'src/styles/charte.css' }, minify: true },
  // Node only: the audit and its CLI drive Chromium; no browser entry reaches them (test/audit/graph.test.ts).
  ...(['esm', 'cjs'] as const).map((format) => ({
    entry: { audit: 'src/audit/index.ts', ...(format === 'esm' ? { 'audit-cli': 'src/audit/cli.ts' } : {}) },
    format,
    platform: 'node' as const,
    target: 'node20',
    splitting: false,
    dts: { entry: { audit: 'src/audit/index.ts' } },
    external: ['playwright-core', 'jiti'],
    esbuildPlugins: [coreAsSiblingEntry(format === 'esm' ? 'js' : 'cjs')],
  })),
  {
    // One ESM file per React module: a bundler skips, with their imports, the modules an app does not use
    // (package.json marks the JS side-effect free), so the headless path never loads i18next or Radix.
    ...client,
    entry: { index: 'src/index.ts', headless: 'src/headless.ts', ...reactModules },
    format: 'esm',
    splitting: true,
    dts: { entry: { index: 'src/index.ts' } },
    esbuildPlugins: [coreAsSiblingEntry('js')],
    onSuccess: async () => writeHeadlessFacades(),
  },
  {
    ...client,
    entry: { index: 'src/index.ts' },
    format: 'cjs',
    dts: { entry: { index: 'src/index.ts' } },
    esbuildPlugins: [coreAsSiblingEntry('cjs')],
  },
]);
