import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A server the test started, and the way to stop it (and any child it forked) by its PID. */
export interface StartedServer {
  readonly origin: string;
  stop(): void;
}

/**
 * Starts `node <args>` in its own process group, on 127.0.0.1, and resolves once its output matches `ready`,
 * whose first group is the origin.
 */
export async function startServer(args: string[], ready: RegExp, env: Record<string, string> = {}) {
  // NO_COLOR: under CI=true, Vite colours its "Local:" line (picocolors reads CI), which would split the origin.
  const child: ChildProcess = spawn('node', args, {
    env: { ...process.env, NO_COLOR: '1', NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
    cwd: root,
    detached: true,
  });
  const stop = () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  };
  let output = '';
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`node ${args.join(' ')} was not ready after 50 s; it printed:\n${output}`));
    }, 50_000);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`node ${args.join(' ')} exited with ${code} before it was ready`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += stripVTControlCharacters(String(chunk));
      const found = ready.exec(output)?.[1];
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    });
  });
  return { origin, stop } satisfies StartedServer;
}

/** The SSR example (examples/ssr, built by `npm run examples:build`) on a free port. */
export const startSsrExample = () =>
  startServer(['examples/ssr/dist/server.js'], /listening on (http:\/\/127\.0\.0\.1:\d+)/, { PORT: '0' });

/** A port free on 127.0.0.1 right now, for servers that cannot be told to pick one. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });

/** A consumer fixture (consumers/<name>, prepared by scripts/consumers.mjs) under Vite's dev server, or its build. */
export const startViteConsumer = async (name: string, mode: 'dev' | 'preview') =>
  startServer(
    [
      'node_modules/vite/bin/vite.js',
      ...(mode === 'preview' ? ['preview'] : []),
      `consumers/${name}`,
      '--host',
      '127.0.0.1',
      '--port',
      String(await freePort()),
      '--strictPort',
    ],
    /Local:\s+(http:\/\/127\.0\.0\.1:\d+)/,
  );

/** The Next.js example's two production builds (scripts/consumers.mjs), by bundler, and their folders. */
export const NEXT_BUILDS = { turbopack: '.next', webpack: '.next-webpack' } as const;
export type NextBuild = keyof typeof NEXT_BUILDS;

/** The Next.js example's production server (`next start`) on a free port, for one of its builds. */
export const startNextExample = async (
  build: NextBuild = 'turbopack',
  env: Record<string, string> = {},
): Promise<StartedServer> =>
  startServer(
    ['node_modules/next/dist/bin/next', 'start', 'examples/next', '-H', '127.0.0.1', '-p', String(await freePort())],
    /Local:\s+(http:\/\/127\.0\.0\.1:\d+)/,
    { NEXT_DIST_DIR: NEXT_BUILDS[build], ...env },
  );
