import type { Catalogue, CatalogueDefinition, CategoryDefinition, ServiceDefinition } from './catalogue';
import { validateCatalogue } from './validate';

/**
 * Declares the host's cookies once. Keeps category and service ids as literal types, so `useConsent('statistcs')`
 * fails to compile, and validates the catalogue at runtime, throwing a `CatalogueError` that names the bad path, in
 * every build but the one bundlers pick for production (the `production` export condition), which drops the checks.
 */
export function defineCatalogue<
  const Categories extends Record<string, CategoryDefinition>,
  const Services extends Record<string, ServiceDefinition<NoInfer<keyof Categories & string>>>,
>(
  definition: CatalogueDefinition<Categories, Services>,
): Catalogue<keyof Categories & string, keyof Services & string> & {
  readonly categories: Categories;
  readonly services: Services;
} {
  if (__DEV__) validateCatalogue(definition);
  return Object.freeze({
    ...definition,
    categoryIds: Object.keys(definition.categories),
    serviceIds: Object.keys(definition.services),
  }) as Catalogue<keyof Categories & string, keyof Services & string> & {
    readonly categories: Categories;
    readonly services: Services;
  };
}
