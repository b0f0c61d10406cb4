import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

export const BENCH = dirname(fileURLToPath(import.meta.url));
export const OUT = join(BENCH, 'out');
const require = createRequire(import.meta.url);

export const REACT = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'];

/**
 * tarteaucitron.js is a classic script whose top-level `var`s are its API; as a module it must export them, and
 * publish itself on `window` for the language and services files it loads afterwards.
 */
const classicScripts = {
  name: 'classic-scripts',
  setup(build) {
    build.onLoad({ filter: /tarteaucitronjs[\\/]tarteaucitron\.js$/ }, async ({ path }) => ({
      contents: `${await readFile(path, 'utf8')}\nwindow.tarteaucitron = tarteaucitron;\nexport default tarteaucitron;\n`,
      loader: 'js',
    }));
  },
};

/**
 * charte loads its languages' table with import() only for a page not in French; as size-limit's whole-download
 * checks do, the one-file figures leave it out (it would otherwise inline every language).
 */
const withoutLanguages = {
  name: 'without-languages',
  setup(build) {
    build.onResolve({ filter: /\/locales\/index\.js$/ }, ({ kind, path }) =>
      kind === 'dynamic-import' ? { path, external: true } : undefined,
    );
  },
};

// The options issue 6 fixes for every entry.
const options = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  minify: true,
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  jsx: 'automatic',
  write: false,
  outdir: OUT,
  logLevel: 'error',
  plugins: [classicScripts],
  // The DSFR's fonts and pictograms: files beside the page, not counted in the JS and CSS.
  loader: { '.woff': 'file', '.woff2': 'file', '.svg': 'file', '.png': 'file' },
};

/**
 * Minified JS and CSS of `source` (a file under bench/src), with react and react-dom left to the app, in one file as
 * issue 6 asks; `arrival` is the JS of the same build code-split, as Vite, webpack and Next split an app: the entry and
 * the chunks it imports statically, without what the library loads with import() when it needs it.
 */
export async function bundle(source, { external = [] } = {}) {
  const entry = join(BENCH, 'src', source);
  const build = (splitting) =>
    esbuild.build({
      ...options,
      ...(!splitting && { plugins: [...options.plugins, withoutLanguages] }),
      entryPoints: [entry],
      external: [...REACT, ...external],
      splitting,
      metafile: splitting,
    });
  const concat = (files) => Buffer.concat(files.map((file) => Buffer.from(file.contents)));
  const { outputFiles } = await build(false);
  const split = await build(true);
  const outputs = Object.fromEntries(
    Object.entries(split.metafile.outputs).map(([path, output]) => [resolve(path), output]),
  );
  const loaded = new Set();
  const load = (path) => {
    if (loaded.has(path)) return;
    loaded.add(path);
    for (const { path: imported, kind } of outputs[path].imports) {
      const file = resolve(imported);
      if (kind === 'import-statement' && outputs[file]) load(file);
    }
  };
  // With splitting, every import() target is an entry point too: start from the source's own output.
  load(Object.keys(outputs).find((path) => outputs[path].entryPoint && resolve(outputs[path].entryPoint) === entry));
  return {
    js: concat(outputFiles.filter((file) => file.path.endsWith('.js'))),
    css: concat(outputFiles.filter((file) => file.path.endsWith('.css'))),
    arrival: concat(split.outputFiles.filter((file) => file.path.endsWith('.js') && loaded.has(file.path))),
  };
}

/** Minifies a file a library loads at run time, with the same minifier as the bundles. */
async function minifyFile(path) {
  const source = await readFile(path, 'utf8');
  const { code } = await esbuild.transform(source, {
    loader: path.endsWith('.css') ? 'css' : 'js',
    minify: true,
    legalComments: 'none',
  });
  return Buffer.from(code);
}

const TARTEAUCITRON = dirname(require.resolve('tarteaucitronjs/package.json'));
/** What tarteaucitron fetches at run time from its own directory, relative to it. */
export const TARTEAUCITRON_RUNTIME = {
  js: ['lang/tarteaucitron.fr.js', 'tarteaucitron.services.js'],
  css: ['css/tarteaucitron.css'],
};

/** tarteaucitron's run-time files, minified: the page serves them, the size table counts them. */
export async function tarteaucitronRuntime() {
  const files = {};
  for (const file of [...TARTEAUCITRON_RUNTIME.js, ...TARTEAUCITRON_RUNTIME.css]) {
    files[file] = await minifyFile(join(TARTEAUCITRON, file));
  }
  return files;
}

/** A page's HTML; `root` is what the server rendered into its root element (nothing for a client-rendered page). */
export const html = (title, root = '') =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,">` +
  '<link rel="stylesheet" href="app.css"><script type="module" src="app.js"></script></head>' +
  `<body><div id="root">${root}</div></body></html>`;

/**
 * Bundles `source` (under bench/src) for Node, React included (the bench's copy, as the pages have), stylesheets
 * left to the page; resolves to its module.
 */
export async function buildServer(source) {
  const outfile = join(OUT, 'server', source.replace(/\.jsx?$/, '.mjs'));
  await esbuild.build({
    ...options,
    entryPoints: [join(BENCH, 'src', source)],
    platform: 'node',
    minify: false,
    write: true,
    outdir: undefined,
    outfile,
    loader: { '.css': 'empty' },
    alias: Object.fromEntries(
      ['react', 'react-dom'].map((name) => [name, dirname(require.resolve(`${name}/package.json`))]),
    ),
    // react-dom/server's CommonJS needs require() in an ES module.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  return import(outfile);
}

/** Writes out/pages/<name>/ with index.html, app.js, its chunks and app.css, React bundled in; `code` is the page's module. */
export async function buildPage(name, code) {
  const dir = join(OUT, 'pages', name);
  await mkdir(dir, { recursive: true });
  const { outputFiles } = await esbuild.build({
    ...options,
    stdin: { contents: code, resolveDir: join(BENCH, 'src'), loader: 'jsx' },
    // charte's dist would resolve react from the repo's node_modules: one React per page.
    alias: Object.fromEntries(
      ['react', 'react-dom'].map((name) => [name, dirname(require.resolve(`${name}/package.json`))]),
    ),
    entryNames: 'app',
    // As Vite, webpack and Next build apps: what a library loads with import() is fetched only when it runs.
    splitting: true,
    outdir: dir,
  });
  const written = outputFiles.map((file) => file.path.slice(dir.length + 1));
  await Promise.all(outputFiles.map((file) => writeFile(file.path, file.contents)));
  if (!written.includes('app.css')) await writeFile(join(dir, 'app.css'), '');
  // Its time-to-banner page and its INP page fetch the same files.
  if (name === 'tarteaucitron' || name === 'inp-tarteaucitron') {
    for (const [file, contents] of Object.entries(await tarteaucitronRuntime())) {
      await mkdir(dirname(join(dir, file)), { recursive: true });
      await writeFile(join(dir, file), contents);
    }
  }
  await writeFile(join(dir, 'index.html'), html(name));
  return dir;
}
