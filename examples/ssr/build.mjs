// Builds the SSR example against charte as installed from the packed tarball (scripts/consumers.mjs): a Node server,
// and a browser bundle built as a bundler builds for production (the `production` export condition).
import { build } from 'esbuild';

const out = new URL('./dist/', import.meta.url).pathname;
const shared = {
  bundle: true,
  jsx: 'automatic',
  logLevel: 'error',
  absWorkingDir: new URL('.', import.meta.url).pathname,
};

await build({
  ...shared,
  entryPoints: ['client.tsx'],
  outfile: `${out}client.js`,
  platform: 'browser',
  format: 'esm',
  minify: true,
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
});
await build({
  ...shared,
  entryPoints: ['server.tsx'],
  outfile: `${out}server.js`,
  platform: 'node',
  format: 'esm',
  // Node loads react and charte at run time, from node_modules, as a server without a bundler does.
  packages: 'external',
});
console.log('examples/ssr/dist: server.js, client.js');
