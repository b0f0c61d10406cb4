// Plain JavaScript, so that bench/server (run by Node without a build) starts PostgreSQL the same way as the tests.
import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** Debian's server binaries (`apt-get install postgresql`), the newest version; `PG_BIN` overrides. */
function binaries() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root).filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
    : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error(`no PostgreSQL under ${root}: apt-get install -y postgresql (.ci/run does)`);
  return join(root, newest, 'bin');
}

/** A port free on 127.0.0.1 right now. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });

/**
 * Starts a PostgreSQL of its own: `initdb` into a temporary folder, the server on 127.0.0.1 and a free port, in its
 * own process group. PostgreSQL refuses to run as root: as root, both run as the `postgres` user (which Debian's
 * package creates), in a folder that user owns. `durable: false` turns off fsync, for tests.
 * Resolves to its URL and `stop()`, which stops it by its PID and deletes the folder.
 */
export async function startPostgres({ durable = false } = {}) {
  const bin = binaries();
  const dir = mkdtempSync(join(tmpdir(), 'charte-pg-'));
  const asRoot = process.getuid?.() === 0;
  const run = (command, args) => (asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args]);
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  execFileSync(
    ...run(join(bin, 'initdb'), ['-D', data, '-U', 'charte', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']),
    { stdio: 'ignore' },
  );
  const port = await freePort();
  const settings = ['-c', `unix_socket_directories=${dir}`, '-c', 'max_connections=200'];
  if (!durable) settings.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const server = spawn(
    ...run(join(bin, 'postgres'), ['-D', data, '-h', '127.0.0.1', '-p', String(port), ...settings]),
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    },
  );
  let log = '';
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.once('exit', (code) => reject(new Error(`postgres exited with ${code} before it was ready:\n${log}`)));
    server.stderr.on('data', (chunk) => {
      log += chunk;
      if (log.includes('database system is ready to accept connections')) resolve(undefined);
    });
  });
  server.removeAllListeners('exit');
  server.stderr.removeAllListeners('data');
  server.stderr.resume();
  const exited = new Promise((resolve) => server.once('exit', resolve));
  return {
    url: `postgres://charte@127.0.0.1:${port}/postgres`,
    /** Creates an empty database on this server and resolves to its URL. */
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: this.url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name}"`);
      } finally {
        await client.end();
      }
      return `postgres://charte@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      // SIGINT: PostgreSQL's fast shutdown, sent to the whole group (runuser and the server).
      if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGINT');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
