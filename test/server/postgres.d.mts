/** A PostgreSQL server a test or the benchmark started, and the way to stop it by its PID. */
export interface StartedPostgres {
  /** The `postgres` database, as the superuser `charte` (trust authentication, loopback only). */
  readonly url: string;
  /** Creates an empty database on this server and resolves to its URL. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server (fast shutdown) and deletes its folder. */
  stop(): Promise<void>;
}

export function startPostgres(options?: { durable?: boolean }): Promise<StartedPostgres>;
