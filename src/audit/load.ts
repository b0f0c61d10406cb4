import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnyCatalogue } from '../core';
import { AuditError, asCatalogue } from './catalogue';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Imports a TypeScript module with jiti when the host has it, else with Node's own type stripping (Node ≥ 22.18). */
async function importTypeScript(url: string, file: string): Promise<unknown> {
  let jiti: typeof import('jiti') | undefined;
  try {
    jiti = await import('jiti');
  } catch {
    jiti = undefined;
  }
  if (jiti) return jiti.createJiti(url).import(file);
  if ((process.features as { typescript?: unknown }).typescript) return import(url);
  throw new AuditError(
    `${file} is TypeScript, which Node ${process.versions.node} cannot import: install jiti (npm install --save-dev jiti), or point --catalogue at a built .js or .mjs file`,
  );
}

/**
 * Imports the module at `path` (relative to `cwd`) and returns the catalogue it exports, as `default` or as
 * `catalogue`, validated. `.ts`, `.mts` and `.cts` modules load through jiti when it is installed.
 */
export async function loadCatalogue(path: string, cwd = process.cwd()): Promise<AnyCatalogue> {
  const file = resolve(cwd, path);
  const url = pathToFileURL(file).href;
  let module: unknown;
  try {
    module = /\.[mc]?ts$/.test(file) ? await importTypeScript(url, file) : await import(url);
  } catch (error) {
    if (error instanceof AuditError) throw error;
    throw new AuditError(`could not import the catalogue ${file}: ${(error as Error).message.split('\n')[0]}`);
  }
  const exports = isObject(module) ? module : {};
  const found = [
    exports.default,
    exports.catalogue,
    isObject(exports.default) ? exports.default.catalogue : undefined,
  ].find((candidate) => isObject(candidate) && 'categories' in candidate && 'services' in candidate);
  if (!found) throw new AuditError(`${file} exports no catalogue: export it as default or as \`catalogue\``);
  return asCatalogue(found, `the catalogue in ${file}`);
}
