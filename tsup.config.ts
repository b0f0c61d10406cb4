import { defineConfig, type Options } from 'tsup';

const shared = {
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: false,
  target: 'es2022',
  platform: 'neutral',
  external: ['react', 'react-dom', 'react/jsx-runtime', 'i18next', /^@radix-ui\//],
} satisfies Options;

export default defineConfig([
  { ...shared, entry: { core: 'src/core/index.ts' }, clean: true },
  {
    ...shared,
    entry: { index: 'src/index.ts' },
    // esbuild drops module directives; tsup keeps this banner only without its own tree-shaking pass.
    banner: { js: '"use client";' },
    treeshake: false,
    esbuildPlugins: [
      {
        // The React entry imports the core entry instead of bundling a second copy of it.
        name: 'core-as-sibling-entry',
        setup(build) {
          const extension = build.initialOptions.format === 'cjs' ? 'cjs' : 'js';
          build.onResolve({ filter: /^\.\.?\/(\.\.\/)*core$/ }, () => ({
            path: `./core.${extension}`,
            external: true,
          }));
        },
      },
    ],
  },
]);
