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

/** A fixture to compile snippets in: its folder, its tsconfig, and the files around the snippet. */
interface Fixture {
  readonly folder: string;
  readonly tsconfig: string;
  readonly around: readonly string[];
}
const vite: Fixture = { folder: app, tsconfig: 'tsconfig.minimum.json', around: ['src/catalogue.ts', 'src/App.tsx'] };
const next: Fixture = {
  folder: `${root}examples/next/`,
  tsconfig: 'tsconfig.json',
  around: ['next-env.d.ts', 'app/layout.tsx'],
};

/** Type-checks `code` as the file `name` of `fixture` (the Vite consumer's `src/` by default), and returns the errors. */
function typeErrors(ts: typeof typescript, code: string, name = 'src/readme-snippet.tsx', fixture = vite): string[] {
  const { folder } = fixture;
  if (!existsSync(`${folder}node_modules/charte/package.json`)) {
    throw new Error(`${folder} has no charte installed: run \`node scripts/consumers.mjs\` first (npm test does)`);
  }
  const file = `${folder}${name}`;
  const { config } = ts.readConfigFile(`${folder}${fixture.tsconfig}`, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, folder);
  // Some snippets run on a server (charte/server, node:http): Node's types beside Vite's.
  if (fixture === vite) options.types = ['vite/client', 'node'];
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (path) => path === file || fileExists(path);
  host.readFile = (path) => (path === file ? code : readFile(path));
  host.getSourceFile = (path, version, ...rest) =>
    path === file ? ts.createSourceFile(path, code, version) : getSourceFile(path, version, ...rest);
  // The app around the snippet: its catalogue module carries the `Register` augmentation of `charte`.
  const around = fixture.around.map((path) => `${folder}${path}`);
  const program = ts.createProgram([file, ...around], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

// Type-checking a program takes seconds, more while the browser projects run beside it.
describe.each([
  ['TypeScript 5.4', minimum],
  [`TypeScript ${typescript.version}`, typescript],
] as const)('the README, given the packed package and %s', { timeout: 60_000 }, (_, ts) => {
  describe('when each snippet is compiled as written', () => {
    it.each(snippets.map(({ code }, index) => [index + 1, code.split('\n')[0], code] as const))(
      'snippet %i (%s) compiles',
      (_index, _firstLine, code) => {
        expect(typeErrors(ts, code)).toEqual([]);
      },
    );
  });

  describe('when a category id is mistyped', () => {
    it('the quick start fails to compile, through the Register augmentation', () => {
      const typo = quickStart.replace("useConsent('statistics')", "useConsent('statistcs')");
      expect(typo).not.toBe(quickStart);
      expect(typeErrors(ts, typo, 'src/App.tsx')).toEqual([expect.stringContaining('"statistcs"')]);
    });

    it('charte/headless fails to compile too, from the same Register augmentation', () => {
      const headless = (id: string) =>
        `import { useConsent } from 'charte/headless';\nexport const useStatistics = () => useConsent('${id}');\n`;
      expect(typeErrors(ts, headless('statistics'))).toEqual([]);
      expect(typeErrors(ts, headless('statistcs'))).toEqual([expect.stringContaining('"statistcs"')]);
    });
  });
});

describe('the README quick start', () => {
  describe('given its two files', () => {
    it('keeps the catalogue in a module of its own, so the component module exports only components (Fast Refresh)', () => {
      const exports = [...quickStart.matchAll(/^export (?:const|function|class) (\w+)/gm)].map(([, name]) => name);
      expect(exports).toEqual(['App']);
      expect(readFileSync(`${app}src/catalogue.ts`, 'utf8')).toMatch(/^export const catalogue = defineCatalogue/m);
    });
  });
});

describe('the README’s Next.js section', { timeout: 60_000 }, () => {
  const catalogue = readFileSync(`${root}examples/next/app/catalogue.ts`, 'utf8');

  describe('given its catalogue under the app’s strict tsconfig', () => {
    it('compiles as written', () => {
      expect(typeErrors(typescript, catalogue, 'app/catalogue.ts', next)).toEqual([]);
    });
  });

  describe('when a consent category loses its description (rule 7)', () => {
    it('fails to compile, hence `next build` fails', () => {
      const undescribed = catalogue.replace(
        "      description: 'Suivre les pages consultées pour améliorer le portail.',\n",
        '',
      );
      expect(undescribed).not.toBe(catalogue);
      expect(typeErrors(typescript, undescribed, 'app/catalogue.ts', next)).toEqual([
        expect.stringContaining("'description'"),
      ]);
    });
  });
});
