// The Rules of React that the React Compiler relies on, over src/. Two passes:
// - react-compiler-healthcheck, for the libraries it knows to be incompatible. Its 1.0.0 cannot report a broken
//   rule: its logger throws on the compiler's `Error` severity and swallows that, then prints success.
// - babel-plugin-react-compiler itself on every file, failing on any component or hook it cannot compile.
// A component the compiler must skip carries "use no memo" and, on the line above, one comment saying why.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from '@babel/core';

const root = fileURLToPath(new URL('..', import.meta.url));
const problems = [];
// Violations reported to the owner of the file and not yet fixed (etc/react-compiler.json says which).
const { pending } = JSON.parse(readFileSync(join(root, 'etc/react-compiler.json'), 'utf8'));
const seen = new Set();

const health = execFileSync(
  process.execPath,
  [join(root, 'node_modules/react-compiler-healthcheck/dist/index.js'), '--src', 'src/**/*.{ts,tsx}'],
  { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } },
);
if (!health.includes('Found no usage of incompatible libraries')) problems.push(health);

let compiled = 0;
let skipped = 0;
const files = readdirSync(join(root, 'src'), { recursive: true })
  .filter((path) => /\.tsx?$/.test(path) && !path.endsWith('.d.ts'))
  .map((path) => join('src', path));
for (const file of files) {
  const code = readFileSync(join(root, file), 'utf8');
  const lines = code.split('\n');
  const logger = {
    logEvent(_, event) {
      if (event.kind === 'CompileSuccess') compiled++;
      if (event.kind === 'CompileError' || event.kind === 'PipelineError') {
        const { category, reason, details = [] } = event.detail?.options ?? {};
        const [first] = details.filter(({ loc }) => loc);
        const at = first ? `${first.loc.start.line}:${first.loc.start.column + 1}` : (event.fnLoc?.start.line ?? '?');
        const message = first?.message ? ` (${first.message})` : '';
        const text = `${file}:${at}: [${category ?? event.kind}] ${reason ?? event.data}${message}`;
        // The compiler still reports a function that opts out; it leaves it as written, which is the point.
        const body = event.fnLoc ? lines.slice(event.fnLoc.start.line - 1, event.fnLoc.end.line) : [];
        if (body.some((line) => /^\s*['"]use no memo['"]/.test(line))) return void skipped++;
        const known = pending.find((entry) => entry.file === file && entry.category === category);
        if (known) seen.add(known);
        else problems.push(text);
        if (known) console.log(`pending, listed in etc/react-compiler.json: ${text}`);
      }
    },
  };
  transformSync(code, {
    filename: file,
    babelrc: false,
    configFile: false,
    code: false,
    parserOpts: { plugins: ['typescript', 'jsx'] },
    plugins: [['babel-plugin-react-compiler', { panicThreshold: 'none', logger }]],
  });
  code.split('\n').forEach((text, index, lines) => {
    if (/^\s*['"]use no memo['"]/.test(text) && !/^\s*(\/\/|\*)/.test(lines[index - 1] ?? ''))
      problems.push(`${file}:${index + 1}: "use no memo" without a comment above it saying why`);
  });
}

for (const entry of pending)
  if (!seen.has(entry))
    problems.push(`${entry.file}: [${entry.category}] is fixed: remove it from etc/react-compiler.json`);
if (problems.length > 0) {
  console.log(problems.join('\n'));
  console.log(`✗ React Compiler: ${problems.length} problem(s) above`);
  process.exit(1);
}
console.log(
  `✓ React Compiler: ${compiled} components and hooks in ${files.length} files compile, ${skipped} opt out ("use no memo", each with its reason); no incompatible library`,
);
