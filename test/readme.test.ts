// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import typescript from 'typescript';
import { describe, expect, it } from 'vitest';
import { readmeSnippets } from '../scripts/readme-files.mjs';

// Every ts/tsx snippet of the README compiles as a file of consumers/vite-app, against the packed package that
// scripts/consumers.mjs installed there by name, beside the quick start's own files, with the app's strict tsconfig:
// under TypeScript 5.4, the minimum the README states, and the repository's TypeScript.
const root = fileURLToPath(new URL('..', import.meta.url));
const app = `${root}consumers/vite-app/`;
const minimum: typeof typescript = createRequire(import.meta.url)(
  `${root}consumers/typescript/node_modules/typescript-5.4`,
);
const readme = readFileSync(`${root}README.md`, 'utf8');
// The Next.js section's files are the Next fixture's, compiled there.
const snippets = readmeSnippets(readme).filter(({ code }) => !code.startsWith('// app/'));
const quickStart = readFileSync(`${app}src/App.tsx`, 'utf8');

/** Type-checks `code` as `src/<name>` of the Vite consumer, and returns the errors. */
function typeErrors(ts: typeof typescript, code: string, name = 'readme-snippet.tsx'): string[] {
  if (!existsSync(`${app}node_modules/charte/package.json`)) {
    throw new Error(
      'consumers/vite-app has no charte installed: run `node scripts/consumers.mjs` first (npm test does)',
    );
  }
  const file = `${app}src/${name}`;
  const { config } = ts.readConfigFile(`${app}tsconfig.minimum.json`, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, app);
  // Some snippets run on a server (charte/server, node:http): Node's types beside Vite's.
  options.types = ['vite/client', 'node'];
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (path) => path === file || fileExists(path);
  host.readFile = (path) => (path === file ? code : readFile(path));
  host.getSourceFile = (path, version, ...rest) =>
    path === file ? ts.createSourceFile(path, code, version) : getSourceFile(path, version, ...rest);
  // The app around the snippet: its catalogue module carries the `Register` augmentation of `charte`.
  const program = ts.createProgram([file, `${app}src/catalogue.ts`, `${app}src/App.tsx`], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

// Type-checking a program takes seconds, more while the browser projects run beside it.
describe.each([
  ['TypeScript 5.4', minimum],
  [`TypeScript ${typescript.version}`, typescript],
] as const)('the README, compiled against the packed package with %s', { timeout: 60_000 }, (_, ts) => {
  it.each(snippets.map(({ code }, index) => [index + 1, code.split('\n')[0], code] as const))(
    'snippet %i (%s) compiles as written',
    (_index, _firstLine, code) => {
      expect(typeErrors(ts, code)).toEqual([]);
    },
  );

  it('turns a typo in a category id into a compile error, through the Register augmentation', () => {
    const typo = quickStart.replace("useConsent('statistics')", "useConsent('statistcs')");
    expect(typo).not.toBe(quickStart);
    expect(typeErrors(ts, typo, 'App.tsx')).toEqual([expect.stringContaining('"statistcs"')]);
  });

  it('types charte/headless from the same Register augmentation', () => {
    const headless = (id: string) =>
      `import { useConsent } from 'charte/headless';\nexport const useStatistics = () => useConsent('${id}');\n`;
    expect(typeErrors(ts, headless('statistics'))).toEqual([]);
    expect(typeErrors(ts, headless('statistcs'))).toEqual([expect.stringContaining('"statistcs"')]);
  });
});

describe('the README quick start', () => {
  it('keeps the catalogue in a module of its own, so the component module exports only components (Fast Refresh)', () => {
    const exports = [...quickStart.matchAll(/^export (?:const|function|class) (\w+)/gm)].map(([, name]) => name);
    expect(exports).toEqual(['App']);
    expect(readFileSync(`${app}src/catalogue.ts`, 'utf8')).toMatch(/^export const catalogue = defineCatalogue/m);
  });
});
