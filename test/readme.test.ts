// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(`${root}README.md`, 'utf8');
const quickStart = /## Quick start\n+```tsx\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
const consentMode = /## Google Consent Mode v2[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';

/** Type-checks `code` as an app file importing the built package (dist), and returns the errors. */
function typeErrors(code: string): string[] {
  const file = `${root}test/readme-quick-start.tsx`;
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    jsx: ts.JsxEmit.ReactJSX,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
    noUncheckedSideEffectImports: false,
    paths: {
      charte: [`${root}dist/index.d.ts`],
      'charte/headless': [`${root}dist/headless.d.ts`],
      'charte/core': [`${root}dist/core.d.ts`],
      'charte/locales/en': [`${root}dist/locales/en.d.ts`],
      'charte/gtag': [`${root}dist/gtag.d.ts`],
    },
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (name) => name === file || fileExists(name);
  host.readFile = (name) => (name === file ? code : readFile(name));
  host.getSourceFile = (name, version, ...rest) =>
    name === file ? ts.createSourceFile(name, code, version) : getSourceFile(name, version, ...rest);
  const program = ts.createProgram([file], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

// Type-checking a program takes seconds, more while the browser projects run beside it.
describe('the README quick start', { timeout: 60_000 }, () => {
  it('compiles against the built package as written', () => {
    expect(quickStart).toContain("from 'charte'");
    expect(typeErrors(quickStart)).toEqual([]);
  });

  it('has a Consent Mode example that compiles too', () => {
    expect(consentMode).toContain("from 'charte/gtag'");
    expect(typeErrors(consentMode)).toEqual([]);
  });

  it('turns a typo in a category id into a compile error, through the Register augmentation', () => {
    const typo = quickStart.replace("useConsent('statistics')", "useConsent('statistcs')");
    expect(typo).not.toBe(quickStart);
    expect(typeErrors(typo)).toEqual([expect.stringContaining('"statistcs"')]);
  });

  it('declares in charte/headless every name it exports at run time', async () => {
    const names = Object.keys(await import(`${root}dist/headless.js`));
    expect(names).toContain('ConsentProvider');
    expect(
      typeErrors(`import { ${names.join(', ')} } from 'charte/headless';\nexport { ${names.join(', ')} };\n`),
    ).toEqual([]);
  });

  it('types charte/headless from the same Register augmentation', () => {
    const headless = (id: string) =>
      `${quickStart}\nimport { useConsent as useHeadlessConsent } from 'charte/headless';\nexport const useStatistics = () => useHeadlessConsent('${id}');\n`;
    expect(typeErrors(headless('statistics'))).toEqual([]);
    expect(typeErrors(headless('statistcs'))).toEqual([expect.stringContaining('"statistcs"')]);
  });
});
