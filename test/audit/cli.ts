import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AuditReport } from '../../src/audit';
import { chromiumLaunchOptions } from '../chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = `${root}dist/audit-cli.js`;

/** What a run of the CLI printed and how it exited. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The test's Chromium switches, with `hostResolverRules` in place of theirs when given. */
export const chromiumArgs = (hostResolverRules?: string) =>
  [
    ...chromiumLaunchOptions.args.filter((arg) => !hostResolverRules || !arg.startsWith('--host-resolver-rules=')),
    ...(hostResolverRules ? [hostResolverRules] : []),
  ].map((arg) => `--chromium-arg=${arg}`);

/**
 * Runs the built `charte-audit` in its own process group, with Debian's Chromium; stopped by its PID if it outlives
 * `timeoutMs`.
 */
export function runCli(args: readonly string[], timeoutMs = 120_000): Promise<CliRun> {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` first (npm test does)`);
  const child = spawn('node', [cli, '--chromium', chromiumLaunchOptions.executablePath, ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk;
  });
  const timer = setTimeout(() => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  }, timeoutMs);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** The JSON report of a `--json` run. */
export const reportOf = (run: CliRun): AuditReport => {
  try {
    return JSON.parse(run.stdout) as AuditReport;
  } catch {
    throw new Error(`the CLI printed no JSON report (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  }
};
