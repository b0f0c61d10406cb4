import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli';

const root = fileURLToPath(new URL('../..', import.meta.url));
const section = /## Audit your site\n([\s\S]*?)\n## /.exec(readFileSync(`${root}README.md`, 'utf8'))?.[1] ?? '';

describe('the README section "Audit your site"', () => {
  describe('given its "In CI" block and the charte-audit commands of its code blocks', () => {
    it('gives a CI job its lines, with only options the CLI has', async () => {
      const ci = /### In CI[\s\S]*?```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
      expect(ci).toContain('npx charte-audit ');
      const help = await runCli(['--help']);
      expect(help.code).toBe(0);
      // The options of every charte-audit command the section's code blocks show.
      const commands = [...section.matchAll(/```\w+\n[\s\S]*?```/g)].map(
        ([block]) => block.split('charte-audit ')[1] ?? '',
      );
      const options = [...new Set(commands.join('\n').match(/(?<![\w-])--[a-z][\w-]+/g))];
      expect(options).toEqual(expect.arrayContaining(['--catalogue', '--cookie-name', '--allow-host']));
      expect(options.filter((option) => !help.stdout.includes(option))).toEqual([]);
    });
  });

  describe('when a run cannot start', () => {
    it('is right about its exit code: the CLI exits 2 with its usage', async () => {
      expect(section).toContain('2 when the audit could not run');
      const run = await runCli(['http://127.0.0.1:9/']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('Usage: charte-audit <url>... --catalogue <module>');
    });
  });
});
