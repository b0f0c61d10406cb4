import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { BENCH, bundle, TARTEAUCITRON_RUNTIME, tarteaucitronRuntime } from './build.mjs';
import { sizeRows } from './entries.mjs';

const compressed = (buffer) => ({
  min: buffer.length,
  gzip: buffer.length && gzipSync(buffer, { level: 9 }).length,
  brotli:
    buffer.length &&
    brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
    }).length,
});

const add = (a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });

/** Packages in the dependency tree of `roots`, resolved as npm does from a lockfile; the app's React is not counted. */
function countPackages(lock, roots) {
  const { packages } = lock;
  const app = new Set(['react', 'react-dom', 'scheduler']);
  const seen = new Set();
  const resolve = (from, name) => {
    for (let dir = from; ; dir = dir.slice(0, Math.max(0, dir.lastIndexOf('/node_modules/')))) {
      const key = `${dir ? `${dir}/` : ''}node_modules/${name}`;
      if (packages[key]) return key;
      if (!dir) return null;
    }
  };
  const visit = (key) => {
    if (!key || seen.has(key)) return;
    seen.add(key);
    const { dependencies = {}, peerDependencies = {}, peerDependenciesMeta = {} } = packages[key];
    const needed = [
      ...Object.keys(dependencies),
      ...Object.keys(peerDependencies).filter((name) => !peerDependenciesMeta[name]?.optional),
    ];
    for (const name of needed.filter((name) => !app.has(name))) visit(resolve(key, name));
  };
  for (const root of roots) visit(resolve('', root));
  return seen.size;
}

const readLock = async (dir) => JSON.parse(await readFile(join(dir, 'package-lock.json'), 'utf8'));

/**
 * One row per entry of `sizeRows`: JS and CSS in bytes (min, gzip -9, brotli 11), the JS a code-split app loads on
 * arrival, and the packages installed.
 */
export async function measureSizes() {
  const locks = { repo: await readLock(join(BENCH, '..')), bench: await readLock(BENCH) };
  const runtime = await tarteaucitronRuntime();
  const rows = [];
  for (const row of sizeRows) {
    const { js, css, arrival } = await bundle(row.source, { external: row.external ?? [] });
    let size = { js: compressed(js), css: compressed(css), arrival: compressed(row.eager ? js : arrival) };
    if (row.id === 'tarteaucitron') {
      // Every visitor downloads them: the script fetches them before it shows anything.
      for (const [kind, files] of Object.entries(TARTEAUCITRON_RUNTIME)) {
        for (const file of files) {
          const extra = compressed(runtime[file]);
          size = {
            ...size,
            [kind]: add(size[kind], extra),
            ...(kind === 'js' ? { arrival: add(size.arrival, extra) } : {}),
          };
        }
      }
    }
    const { lock = 'bench', roots, self = 0 } = row.packages;
    rows.push({ ...row, ...size, packages: self + countPackages(locks[lock], roots) });
  }
  return rows;
}
