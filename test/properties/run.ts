import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { expect } from 'vitest';
import type { AnyCatalogue, CatalogueDefinition } from '../../src/core/catalogue';
import { defineCatalogue } from '../../src/core/define';
import { CatalogueError } from '../../src/core/errors';

/**
 * Runs a fast-check property the same way in every file of test/properties:
 * - `FC_NUM_RUNS` sets the number of cases (10,000 by default);
 * - `FC_SEED` replays a run (fast-check prints the seed, and the shrink `path`, of a failure);
 * - `FC_PATH` (with `FC_SEED`) replays the shrunk counterexample directly.
 * Once the property holds it prints `property <name>: <cases> cases, seed <seed>`.
 */
export const NUM_RUNS = Number(process.env.FC_NUM_RUNS ?? 10_000);

/** Vitest's timeout for one property: generous, the whole suite stays under a minute. */
export const PROPERTY_TIMEOUT = 120_000;

export function runProperty<Ts>(name: string, property: fc.IProperty<Ts>, parameters: fc.Parameters<Ts> = {}): void {
  const seed = process.env.FC_SEED === undefined ? (Math.random() * 2 ** 31) | 0 : Number(process.env.FC_SEED);
  const numRuns = parameters.numRuns ?? NUM_RUNS;
  const cpu = process.cpuUsage();
  fc.assert(property, {
    ...parameters,
    seed,
    numRuns,
    ...(process.env.FC_PATH ? { path: process.env.FC_PATH } : {}),
  });
  const { user, system } = process.cpuUsage(cpu);
  console.log(`property ${name}: ${numRuns} cases, seed ${seed} (${((user + system) / 1e6).toFixed(1)} s CPU)`);
}

/**
 * Cheap assertions for the hot loop of a property: vitest's `expect` costs microseconds per call, too much for
 * thousands of checks per case. They defer to `expect` only to fail, so failures read as usual.
 */
export function same(actual: unknown, expected: unknown, message?: string): void {
  if (!Object.is(actual, expected)) expect(actual, message).toBe(expected);
}
export function equal(actual: unknown, expected: unknown, message?: string): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual, message).toEqual(expected);
}
export function ensure(condition: unknown, message: string): void {
  if (!condition) expect.fail(message);
}

/** The catalogue of `definition`, or `undefined` when it has a `__proto__` id, which must be refused with that id's path. */
export function defineUnlessProto(definition: CatalogueDefinition): AnyCatalogue | undefined {
  try {
    return defineCatalogue(definition) as AnyCatalogue;
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogueError);
    expect((error as CatalogueError).path).toMatch(/^(categories|services)\.__proto__$/);
    return undefined;
  }
}
