import type { TestProject } from 'vitest/node';
import { startPostgres } from './postgres.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The URL of the PostgreSQL this project started, as its superuser. */
    postgres: string;
  }
}

/** One PostgreSQL for the whole project, stopped by its PID when the run ends; each test file makes its database. */
export default async function setup(project: TestProject) {
  const server = await startPostgres();
  project.provide('postgres', server.url);
  return () => server.stop();
}
