import type { AnyCatalogue } from '../core';
// Not part of charte/core's API: the audit validates what `defineCatalogue` skips in production.
import { CatalogueError } from '../core/errors';
import { validateCatalogue } from '../core/validate';

/** The audit could not be played: a page did not load, the kit's banner or dialog was not found, no choice was stored. */
export class AuditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuditError';
  }
}

/**
 * `value` as a catalogue the audit can read: validated as `defineCatalogue` validates in development (production
 * builds skip it), with its id lists when it never went through `defineCatalogue`. Throws an `AuditError` otherwise.
 */
export function asCatalogue(value: unknown, where = 'the catalogue'): AnyCatalogue {
  try {
    validateCatalogue(value);
  } catch (error) {
    if (error instanceof CatalogueError) throw new AuditError(`${where} is invalid: ${error.message}`);
    throw error;
  }
  return {
    ...value,
    categoryIds: Object.keys(value.categories),
    serviceIds: Object.keys(value.services),
  } as AnyCatalogue;
}
