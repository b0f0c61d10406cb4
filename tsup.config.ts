import { readdirSync, writeFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

const external = ['react', 'react-dom', 'react/jsx-runtime', 'i18next', /^@radix-ui\//];

/** Every output file sits beside the core entry, which the React files import instead of a copy. */
const coreAsSiblingEntry = (extension: 'js' | 'cjs'): NonNullable<Options['esbuildPlugins']>[number] => ({
  name: 'core-as-sibling-entry',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\/(\.\.\/)*core$/ }, () => ({ path: `./core.${extension}`, external: true }));
  },
});

/**
 * The kit's built-in strings are loaded with `import('./load-locale')`: that module becomes dist/locales/index.js, built
 * apart (below), so the files of the React entry only name it.
 */
const localeLoaderAsSibling = (extension: 'js' | 'cjs'): NonNullable<Options['esbuildPlugins']>[number] => ({
  name: 'locale-loader-as-sibling',
  setup(build) {
    build.onResolve({ filter: /^\.\/load-locale$/ }, () => ({ path: `./locales/index.${extension}`, external: true }));
  },
});

/** `charte/locales/<code>`, one entry per language. */
const locales = Object.fromEntries(
  readdirSync('src/locales').map((file) => [`locales/${file.replace(/\.ts$/, '')}`, `src/locales/${file}`]),
);

/** One entry per React module, named `react-<module>`. */
const reactModules = Object.fromEntries(
  readdirSync('src/react').map((file) => [`react-${file.replace(/\.tsx?$/, '')}`, `src/react/${file}`]),
);

/** Framework-free entries, each a single file (no shared chunks, so each is measured alone). */
const standalone: Record<string, string> = {
  core: 'src/core/index.ts',
  gtag: 'src/gtag/index.ts',
  scripts: 'src/scripts/index.ts',
  beacon: 'src/beacon/index.ts',
  testing: 'src/testing/index.ts',
};

const headlessNames = 'ConsentGate, ConsentProvider, useConsent, useConsentSelector';
const headlessTypes = 'type ConsentApi, type ConsentGateProps, type ConsentProviderProps';

/**
 * `charte/headless` beside the ESM build: its types and its CommonJS file re-export the index's, so that `Register`
 * is declared once and a CommonJS app shares one React context between both entries.
 */
function writeHeadlessFacades(outDir: string, types: boolean) {
  for (const [extension, declarations] of [
    ['js', 'd.ts'],
    ['cjs', 'd.cts'],
  ] as const) {
    if (!types) continue;
    writeFileSync(
      `${outDir}/headless.${declarations}`,
      `export { ${headlessNames}, ${headlessTypes} } from './index.${extension}';\n`,
    );
  }
  writeFileSync(
    `${outDir}/headless.cjs`,
    `"use client";\nconst { ${headlessNames} } = require('./index.cjs');\nmodule.exports = { ${headlessNames} };\n`,
  );
}

/**
 * Two builds of the same code: dist/ for development, Node and every tool that does not ask for production, with the
 * catalogue checks and the development warnings; dist/production/, which bundlers pick through the `production`
 * export condition, without them (`__DEV__` is false there, and esbuild drops what it guards).
 */
const build = (outDir: string, development: boolean): Options[] => {
  // Syntax-minified in production, so no `if (false)` is left for a bundler that does not drop dead branches.
  const shared = {
    outDir,
    target: 'es2022',
    external,
    define: { __DEV__: String(development) },
    minifySyntax: !development,
  } satisfies Options;
  // esbuild drops module directives; tsup keeps this banner only without its own tree-shaking pass.
  const client = { ...shared, banner: { js: '"use client";' }, treeshake: false } satisfies Options;
  return [
    ...Object.entries(standalone).map(([name, entry]) => ({
      ...shared,
      entry: { [name]: entry },
      format: ['esm', 'cjs'] satisfies Options['format'],
    })),
    {
      // One file per language, and the table of their loaders, which the React files import only when a page asks
      // for a language other than French; the table's import() of each language is that language's entry.
      ...shared,
      entry: { 'locales/index': 'src/i18n/load-locale.ts', ...locales },
      format: 'esm',
      splitting: true,
    },
    {
      ...shared,
      entry: { 'locales/index': 'src/i18n/load-locale.ts', ...locales },
      format: 'cjs',
      esbuildPlugins: [
        {
          name: 'locales-as-siblings',
          setup(build) {
            build.onResolve({ filter: /^\.\.\/locales\/\w+$/ }, ({ path }) => ({
              path: `./${path.slice('../locales/'.length)}.cjs`,
              external: true,
            }));
          },
        },
      ],
    },
    {
      // One ESM file per React module: a bundler skips, with their imports, the modules an app does not use
      // (package.json marks the JS side-effect free), so the headless path never loads i18next or Radix.
      ...client,
      entry: { index: 'src/index.ts', headless: 'src/headless.ts', ...reactModules },
      format: 'esm',
      splitting: true,
      esbuildPlugins: [coreAsSiblingEntry('js'), localeLoaderAsSibling('js')],
      onSuccess: async () => writeHeadlessFacades(outDir, development),
    },
    {
      ...client,
      entry: { index: 'src/index.ts' },
      format: 'cjs',
      esbuildPlugins: [coreAsSiblingEntry('cjs'), localeLoaderAsSibling('cjs')],
    },
  ];
};

/**
 * Node only, and no browser entry imports them: the consent endpoint, the proof log and the DPO's CLI; the site audit
 * and its CLI. They load charte/core beside them (dist/core.js), so its classes are one; better-sqlite3 and pg are
 * optional peers.
 */
const node = (extension: 'js' | 'cjs') =>
  ({
    outDir: 'dist',
    platform: 'node',
    target: 'node20',
    external: ['better-sqlite3', 'pg'],
    define: { __DEV__: 'true' },
    esbuildPlugins: [coreAsSiblingEntry(extension)],
  }) satisfies Options;

const auditPeers = ['playwright-core', 'jiti'];

/** Every entry's declarations in one pass (one TypeScript program), shared types in common chunks. */
const declarations = {
  entry: {
    index: 'src/index.ts',
    ...standalone,
    ...locales,
    server: 'src/server/index.ts',
    audit: 'src/audit/index.ts',
  },
  outDir: 'dist',
  format: ['esm', 'cjs'],
  dts: { only: true },
  external: [...external, 'better-sqlite3', 'pg', ...auditPeers],
} satisfies Options;

export default defineConfig([
  declarations,
  ...build('dist', true),
  ...build('dist/production', false),
  {
    entry: { styles: 'src/styles/charte.css' },
    outDir: 'dist',
    minify: true,
    // Types for `import 'charte/styles.css'`: TypeScript 6 checks side-effect imports (noUncheckedSideEffectImports)
    // and a project without a bundler's `*.css` declaration would fail on it.
    onSuccess: async () => writeFileSync('dist/styles.css.d.ts', 'export {};\n'),
  },
  { ...node('js'), entry: { server: 'src/server/index.ts' }, format: 'esm' },
  { ...node('cjs'), entry: { server: 'src/server/index.ts' }, format: 'cjs' },
  {
    ...node('js'),
    entry: { 'consent-log': 'src/server/cli.ts' },
    format: 'esm',
    banner: { js: '#!/usr/bin/env node' },
  },
  // The audit drives Chromium; playwright-core and jiti are optional peers (test/audit/graph.test.ts).
  { ...node('js'), entry: { audit: 'src/audit/index.ts' }, format: 'esm', external: auditPeers },
  { ...node('cjs'), entry: { audit: 'src/audit/index.ts' }, format: 'cjs', external: auditPeers },
  { ...node('js'), entry: { 'audit-cli': 'src/audit/cli.ts' }, format: 'esm', external: auditPeers },
]);
