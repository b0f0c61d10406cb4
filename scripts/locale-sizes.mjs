// node scripts/locale-sizes.mjs [dist] [--against <other dist> | --french-only]: brotli sizes, after `npm run build`, of
// what a visitor downloads on arrival (code-split, as apps are built: without what the kit loads with import()) and of
// each language's chunk; with --against, the difference on arrival from another build; with --french-only, from the
// same src/ without the other languages (scripts/french-only.patch), built by the same tsup configuration.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';

const args = process.argv.slice(2);
const frenchOnly = args.includes('--french-only') ? args.splice(args.indexOf('--french-only'), 1) : undefined;
let against = args.includes('--against') ? args.splice(args.indexOf('--against'), 2)[1] : undefined;
const dist = resolve(args[0] ?? 'dist', 'production');
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const peers = ['react', 'react-dom', 'react/jsx-runtime', 'i18next', '@radix-ui/*'];
const everything =
  '{ ConsentProvider, useConsent, ConsentGate, Banner, PreferencesDialog, PreferencesTrigger, CookieTable, ConsentEmbed, ConsentScript, defineCatalogue }';

/**
 * The minified JS an app built with splitting loads before any import() runs, for `code` importing `file`: its brotli
 * size and its minified size.
 */
async function onArrival(file, names, root = dist) {
  const { metafile, outputFiles } = await build({
    // Paths relative to the build's own directory: the chunks' hashed names, part of what is measured, then depend on
    // the code alone, not on where the build sits.
    absWorkingDir: root,
    stdin: { contents: `export ${names} from './${file}';`, resolveDir: root },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    metafile: true,
    write: false,
    outdir: 'out',
    external: peers,
    logLevel: 'error',
  });
  const outputs = Object.fromEntries(
    Object.entries(metafile.outputs).map(([path, output]) => [resolve(root, path), output]),
  );
  const loaded = new Set();
  const load = (path) => {
    if (loaded.has(path)) return;
    loaded.add(path);
    for (const { path: imported, kind } of outputs[path].imports) {
      if (kind === 'import-statement' && outputs[resolve(root, imported)]) load(resolve(root, imported));
    }
  };
  load(Object.keys(outputs).find((path) => outputs[path].entryPoint === '<stdin>'));
  // The chunks' hashed names, in import() and import statements, are renamed in order, at the same length: they cost
  // the same bytes in any build, but as random text they made brotli's figure move by tens of bytes when any code did.
  const renamed = new Map();
  const code = outputFiles
    .filter((output) => loaded.has(output.path))
    .map((output) => output.text)
    .join('')
    .replace(/-[A-Z0-9]{8}\.js/g, (hash) => {
      if (!renamed.has(hash)) renamed.set(hash, `-${String(renamed.size).padStart(8, '0')}.js`);
      return renamed.get(hash);
    });
  return { brotli: brotli(Buffer.from(code)), minified: Buffer.byteLength(code) };
}

/** Builds dist/production from a copy of src/ with scripts/french-only.patch applied; returns the copy's dist. */
function buildFrenchOnly() {
  const root = mkdtempSync(join(tmpdir(), 'charte-french-only-'));
  for (const file of ['src', 'package.json', 'tsconfig.json', 'tsup.config.ts']) {
    cpSync(file, join(root, file), { recursive: true });
  }
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
  execFileSync('git', ['apply', resolve('scripts/french-only.patch')], { cwd: root, stdio: 'inherit' });
  writeFileSync(
    join(root, 'tsup.french-only.ts'),
    "import config from './tsup.config';\nexport default config.filter((options) => options.outDir === 'dist/production');\n",
  );
  execFileSync('npx', ['tsup', '--config', 'tsup.french-only.ts', '--silent'], { cwd: root, stdio: 'inherit' });
  return root;
}
const frenchOnlyRoot = frenchOnly && buildFrenchOnly();
if (frenchOnlyRoot) against = join(frenchOnlyRoot, 'dist');

const headless = '{ ConsentProvider, useConsent, ConsentGate }';
const figures = [
  ['full UI', 'index.js', everything],
  ['headless', 'headless.js', headless],
];
for (const [name, file, names] of figures) {
  const size = await onArrival(file, names);
  if (!against) console.log(`${name}, on arrival: ${size.brotli} B`);
  else {
    const other = await onArrival(file, names, resolve(against, 'production'));
    const signed = (bytes) => `${bytes >= 0 ? '+' : ''}${bytes} B`;
    // The minified difference says what the code adds; brotli's also moves with esbuild's renaming of identifiers,
    // by tens of bytes for the same code (BENCHMARKS.md, issue 17).
    console.log(
      `${name}, on arrival: ${size.brotli} B, against ${other.brotli} B: ${signed(size.brotli - other.brotli)} ` +
        `(minified: ${signed(size.minified - other.minified)})`,
    );
  }
}
if (frenchOnlyRoot) rmSync(frenchOnlyRoot, { recursive: true });
const directory = join(dist, 'locales');
const chunks = (existsSync(directory) ? readdirSync(directory) : [])
  .filter((file) => file.endsWith('.js'))
  .map((file) => [file, brotli(readFileSync(join(directory, file)))])
  .sort(([, a], [, b]) => b - a);
for (const [file, size] of chunks) console.log(`locales/${file}: ${size} B`);
