// Builds the SSR example from the built package (dist): a Node server and a browser bundle.
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
  define: { 'process.env.NODE_ENV': '"production"' },
});
await build({
  ...shared,
  entryPoints: ['server.tsx'],
  outfile: `${out}server.js`,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  // The kit's own files are bundled from dist; react, react-dom and i18next come from node_modules.
  external: ['react', 'react-dom', 'react/*', 'react-dom/*', 'i18next', '@radix-ui/*'],
});
console.log('examples/ssr/dist: server.js, client.js');
