// The type tests (test/types.test-d.ts) as a user's code: against the built declarations, imported as `charte`,
// with the minimum TypeScript the README states (5.4), the repository's own (6.0) and TypeScript 7. The quick start
// compiles with the same three in scripts/consumers.mjs (vite-app: 6.0, 5.4 and 7).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (command, args, cwd = root) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe' });
/** Each TypeScript, by path, so their `tsc` bins never collide; installed from their own lockfiles. */
export const typescripts = {
  'TypeScript 5.4 (the minimum)': ['consumers/typescript', 'node_modules/typescript-5.4/bin/tsc'],
  'TypeScript 6.0 (the lockfile’s)': ['.', 'node_modules/typescript/bin/tsc'],
  'TypeScript 7.0': ['test/package/typescript', 'node_modules/typescript-7/bin/tsc'],
};

const out = join(root, '.types-as-a-user');
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'fixtures'), { recursive: true });
const types = readFileSync(join(root, 'test/types.test-d.ts'), 'utf8')
  .replace("from '../src';", "from 'charte';")
  .replace("declare module '../src/core/register'", "declare module 'charte'");
const fixture = readFileSync(join(root, 'test/fixtures/montreuil.ts'), 'utf8')
  .replace("from '../../src/core';", "from 'charte/core';")
  .replace("from '../../examples/montreuil';", "from '../../examples/montreuil.ts';");
if (types.includes('../src') || fixture.includes('../src'))
  throw new Error('test/types.test-d.ts imports more of src/');
writeFileSync(join(out, 'types.test-d.ts'), types);
writeFileSync(join(out, 'fixtures/montreuil.ts'), fixture);
writeFileSync(
  join(out, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      module: 'ESNext',
      moduleResolution: 'Bundler',
      jsx: 'react-jsx',
      strict: true,
      exactOptionalPropertyTypes: true,
      verbatimModuleSyntax: true,
      allowImportingTsExtensions: true,
      skipLibCheck: true,
      noEmit: true,
      types: [],
      paths: { charte: ['../dist/index.d.ts'], 'charte/*': ['../dist/*.d.ts'] },
    },
    files: ['types.test-d.ts'],
  }),
);

let failed = 0;
for (const [name, [folder, tsc]] of Object.entries(typescripts)) {
  const started = Date.now();
  try {
    if (!existsSync(join(root, folder, tsc)))
      run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], join(root, folder));
    run('node', [join(root, folder, tsc), '--noEmit', '-p', join(out, 'tsconfig.json')]);
    console.log(
      `✓ the type tests, against the built declarations: ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  } catch (error) {
    failed++;
    console.log(
      `✗ the type tests, against the built declarations: ${name}\n${error.stdout ?? ''}${error.stderr ?? error.message}`,
    );
  }
}
rmSync(out, { recursive: true, force: true });
if (failed > 0) process.exit(1);
