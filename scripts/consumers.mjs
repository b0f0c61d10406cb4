// Packs the package once and installs the tarball by name in each consumer fixture and example, as a user installs
// it, then runs what each checks without a browser. The browser journeys (test/e2e) run on what this builds.
// Usage: node scripts/consumers.mjs [fixture ...]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readmeFiles } from './readme-files.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (command, args, cwd = root, env = {}) =>
  execFileSync(command, args, { cwd, stdio: 'pipe', env: { ...process.env, ...env }, encoding: 'utf8' });
const typescripts = join(root, 'consumers', 'typescript');
const minimumTsc = join(typescripts, 'node_modules/typescript-5.4/bin/tsc');
/** `next build` of the app in `cwd` into `distDir` (next.config.mjs reads NEXT_DIST_DIR). */
const nextBuild = (cwd, distDir, ...args) =>
  run('node', [join(root, 'node_modules/next/dist/bin/next'), 'build', cwd, ...args], root, {
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: distDir,
  });

/** Each fixture: where it is, the README folder whose files it is made of, and what it checks, in order. */
const fixtures = {
  'vite-app': {
    folder: 'consumers/vite-app',
    readme: 'src/',
    steps: [
      ['tsc --noEmit (TypeScript 6)', (cwd) => run(bin('tsc'), ['--noEmit', '-p', cwd])],
      [
        // A test or library tsconfig has no bundler's `*.css` declaration; TypeScript 6 checks side-effect imports.
        'tsc --noEmit without vite/client types: the quick start’s styles import resolves to its own types',
        (cwd) => run(bin('tsc'), ['--noEmit', '-p', join(cwd, 'tsconfig.no-bundler-types.json')]),
      ],
      [
        'tsc --noEmit (TypeScript 5.4, the minimum)',
        (cwd) => run('node', [minimumTsc, '--noEmit', '-p', join(cwd, 'tsconfig.minimum.json')]),
      ],
      ['vite build', (cwd) => run(bin('vite'), ['build', '--logLevel', 'warn'], cwd)],
      ['the app’s own vitest + jsdom tests', (cwd) => run(bin('vitest'), ['run', '--reporter=dot'], cwd)],
      [
        'tsc --noEmit (TypeScript 7)',
        (cwd) => {
          const folder = join(root, 'test/package/typescript');
          if (!existsSync(join(folder, 'node_modules')))
            run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], folder);
          run('node', [join(folder, 'node_modules/typescript-7/bin/tsc'), '--noEmit', '-p', cwd]);
        },
      ],
      [
        'vite build (React Compiler over the app and charte)',
        (cwd) => run(bin('vite'), ['build', '--config', 'vite.compiler.config.ts', '--logLevel', 'warn'], cwd),
      ],
      [
        'its journey (App.test.tsx), compiled by the React Compiler',
        (cwd) => run(bin('vitest'), ['run', '--config', 'vite.compiler.config.ts', '--reporter=dot'], cwd),
      ],
    ],
  },
  ssr: {
    folder: 'examples/ssr',
    steps: [
      ['tsc --noEmit', (cwd) => run(bin('tsc'), ['--noEmit', '-p', cwd])],
      ['esbuild (the browser bundle under the production condition)', (cwd) => run('node', ['build.mjs'], cwd)],
    ],
  },
  next: {
    folder: 'examples/next',
    readme: 'app/',
    steps: [
      // next build type-checks the app with its strict tsconfig, then builds.
      ['next build (Turbopack)', (cwd) => nextBuild(cwd, '.next')],
      ['next build --webpack', (cwd) => nextBuild(cwd, '.next-webpack', '--webpack')],
    ],
  },
};

/** Packs once: the tarball npm would publish. */
function pack() {
  const into = mkdtempSync(join(tmpdir(), 'charte-pack-'));
  const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', into]));
  return join(into, filename);
}

/** Installs the tarball by name in `cwd`; react and the tools resolve from the repository, as hoisted ones would. */
function install(tarball, cwd) {
  rmSync(join(cwd, 'node_modules'), { recursive: true, force: true });
  run(
    'npm',
    [
      'install',
      tarball,
      '--no-save',
      '--no-package-lock',
      '--legacy-peer-deps',
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
    ],
    cwd,
  );
}

/** The README's snippets that name a file under `prefix` must be that file of the fixture, as committed. */
function readmeDifferences(cwd, prefix) {
  return readmeFiles(readFileSync(join(root, 'README.md'), 'utf8'))
    .filter(({ path }) => path.startsWith(prefix))
    .filter(({ path, code }) => readFileSync(join(cwd, path), 'utf8') !== code)
    .map(({ path }) => path);
}

const wanted = process.argv.slice(2);
const begun = Date.now();
run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], typescripts);
const tarball = pack();
console.log(`packed ${tarball}`);
let failed = 0;
const report = (name, step, started, error) => {
  if (!error) return console.log(`✓ ${name}: ${step} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  failed++;
  console.log(`✗ ${name}: ${step}\n${error.stdout ?? ''}${error.stderr ?? error.message}`);
};
for (const [name, { folder, readme, steps }] of Object.entries(fixtures)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const cwd = join(root, folder);
  if (readme) {
    const different = readmeDifferences(cwd, readme);
    report(
      folder,
      'its files are the README’s, as written',
      Date.now(),
      different.length > 0 && {
        message: `these files differ from their README snippet: ${different.join(', ')}\n`,
      },
    );
  }
  const installing = Date.now();
  install(tarball, cwd);
  report(folder, 'npm install <tarball>', installing);
  for (const [step, check] of steps) {
    const started = Date.now();
    try {
      check(cwd);
      report(folder, step, started);
    } catch (error) {
      report(folder, step, started, error);
    }
  }
}
rmSync(dirname(tarball), { recursive: true, force: true });
console.log(`consumers: ${((Date.now() - begun) / 1000).toFixed(0)} s in all, packing and installing included`);
if (failed > 0) {
  console.log(`${failed} consumer check(s) failed`);
  process.exit(1);
}
