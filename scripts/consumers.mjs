// Packs the package once and installs the tarball in each consumer fixture, as a user installs it, then runs what
// each fixture checks without a browser. The browser journeys (test/e2e/consumer-*.test.ts) run after it.
// Usage: node scripts/consumers.mjs [fixture ...]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readmeFiles } from './readme-files.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (command, args, cwd = root, env = {}) =>
  execFileSync(command, args, { cwd, stdio: 'pipe', env: { ...process.env, ...env }, encoding: 'utf8' });

/** What each fixture checks, in order; every step is named in the output. */
const fixtures = {
  'vite-app': [
    'src/',
    [
      ['tsc --noEmit (TypeScript 6)', (cwd) => run(bin('tsc'), ['--noEmit', '-p', cwd])],
      [
        'tsc --noEmit (TypeScript 5.4, the minimum)',
        (cwd) => run('node', [minimumTsc, '--noEmit', '-p', join(cwd, 'tsconfig.minimum.json')]),
      ],
      ['vite build', (cwd) => run(bin('vite'), ['build', '--logLevel', 'warn'], cwd)],
      ['the app’s own vitest + jsdom tests', (cwd) => run(bin('vitest'), ['run', '--reporter=dot'], cwd)],
    ],
  ],
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

/** The README's snippets that name a file under `folder` (`// src/App.tsx` on their first line), as the fixture's files. */
function writeReadmeFiles(cwd, folder) {
  for (const { path, code } of readmeFiles(readFileSync(join(root, 'README.md'), 'utf8'))) {
    if (!path.startsWith(folder)) continue;
    mkdirSync(dirname(join(cwd, path)), { recursive: true });
    writeFileSync(join(cwd, path), code);
  }
}

const wanted = process.argv.slice(2);
const typescripts = join(root, 'consumers', 'typescript');
run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], typescripts);
const minimumTsc = join(typescripts, 'node_modules/typescript-5.4/bin/tsc');
const tarball = pack();
console.log(`packed ${tarball}`);
let failed = 0;
for (const [name, [folder, steps]] of Object.entries(fixtures)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const cwd = join(root, 'consumers', name);
  writeReadmeFiles(cwd, folder);
  install(tarball, cwd);
  for (const [step, check] of steps) {
    const started = Date.now();
    try {
      check(cwd);
      console.log(`✓ consumers/${name}: ${step} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failed++;
      console.log(`✗ consumers/${name}: ${step}\n${error.stdout ?? ''}${error.stderr ?? error.message}`);
    }
  }
}
rmSync(dirname(tarball), { recursive: true, force: true });
if (failed > 0) {
  console.log(`${failed} consumer check(s) failed`);
  process.exit(1);
}
