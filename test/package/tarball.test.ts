// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// What `npm publish` would upload, from the built package (npm test builds before this step).
const root = fileURLToPath(new URL('../..', import.meta.url));
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }),
) as [{ files: { path: string }[] }];
const files = packed.files.map(({ path }) => path);
const manifest = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

/** Every file an `exports` condition or a `bin` points at. */
const targets = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Object.values(value as object).flatMap(targets);

describe('the published package (npm pack --dry-run)', () => {
  describe('given the package as built', () => {
    it('holds the MIT licence that package.json names, the README and the changelog', () => {
      expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'CHANGELOG.md', 'package.json']));
      expect(manifest.license).toBe('MIT');
      expect(readFileSync(`${root}LICENSE`, 'utf8')).toMatch(/^MIT License\n/);
    });

    it('holds only what users need: the build, the schema and those four files', () => {
      const unexpected = files.filter(
        (path) =>
          !/^(LICENSE|README\.md|CHANGELOG\.md|package\.json)$/.test(path) &&
          !/^dist\/[\w./-]+\.(js|cjs|d\.ts|d\.cts|css)$/.test(path) &&
          !/^schema\/[\w.-]+\.json$/.test(path),
      );
      expect(unexpected).toEqual([]);
      expect(
        files.filter((path) =>
          /(^|\/)(tests?|stories|fixtures?|__tests__)\/|\.(test|spec|stories)\.|\.map$/.test(path),
        ),
      ).toEqual([]);
    });

    it('holds every file that an export or a bin points at', () => {
      const wanted = [...targets(manifest.exports), ...targets(manifest.bin)].map((path) => path.replace(/^\.\//, ''));
      expect(wanted.filter((path) => !files.includes(path))).toEqual([]);
    });
  });
});
