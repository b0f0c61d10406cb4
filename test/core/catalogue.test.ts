import { describe, expect, it } from 'vitest';
import { CatalogueError, defineCatalogue } from '../../src/core';
import { validateCatalogue } from '../../src/core/validate';
import { montreuil } from '../fixtures/montreuil';

const valid = () => ({
  revision: 1,
  categories: {
    necessary: { required: true, title: 'Nécessaires' },
    statistics: { title: 'Statistiques', description: 'Mesurer la fréquentation.' },
  } as Record<string, unknown>,
  services: {
    auth: {
      category: 'necessary',
      provider: 'Opendatasoft',
      title: 'Authentification',
      cookies: [{ name: 'sessionid', purpose: 'Session' }] as unknown[],
    },
  } as Record<string, Record<string, unknown>>,
});

function errorOf(definition: unknown): CatalogueError {
  try {
    validateCatalogue(definition);
  } catch (error) {
    if (error instanceof CatalogueError) return error;
    throw error;
  }
  throw new Error('expected a CatalogueError');
}

describe('defineCatalogue', () => {
  it('keeps ids in declaration order and freezes the result', () => {
    expect(montreuil.categoryIds).toEqual(['necessary']);
    expect(montreuil.serviceIds).toEqual(['auth', 'language', 'csrf', 'preferences']);
    expect(Object.isFrozen(montreuil)).toBe(true);
  });

  it('accepts a required or exempt category with no wording: the kit gives its own', () => {
    const catalogue = valid();
    catalogue.categories.necessary = { required: true };
    catalogue.categories.audience = { exempt: true };
    expect(() => validateCatalogue(catalogue)).not.toThrow();
  });

  it('accepts a string or a { fr } text', () => {
    const catalogue = valid();
    catalogue.categories.statistics = { title: { fr: 'Statistiques', en: 'Statistics' }, description: 'Mesurer.' };
    expect(() => validateCatalogue(catalogue)).not.toThrow();
  });
});

describe('given a malformed catalogue, validation names the bad path', () => {
  it('a service pointing to an unknown category', () => {
    const catalogue = valid();
    catalogue.services.youtube = { category: 'social', provider: 'Google', title: 'YouTube', cookies: [] };
    const error = errorOf(catalogue);
    expect(error.message).toBe('services.youtube.category: unknown category "social"');
    expect(error.path).toBe('services.youtube.category');
  });

  it('a duplicate cookie name in one category', () => {
    const catalogue = valid();
    catalogue.services.other = {
      category: 'necessary',
      provider: 'Opendatasoft',
      title: 'Autre',
      cookies: [{ name: 'sessionid', purpose: 'Doublon' }],
    };
    expect(errorOf(catalogue).message).toMatch(
      /^services\.other\.cookies\.0\.name: duplicate cookie name in category "necessary" \(also at services\.auth\.cookies\.0\)$/,
    );
  });

  it('the same RegExp name twice in one category', () => {
    const catalogue = valid();
    (catalogue.services.auth as { cookies: unknown[] }).cookies.push(
      { name: /^_ga_/, purpose: 'a' },
      { name: /^_ga_/, purpose: 'b' },
    );
    expect(errorOf(catalogue).message).toMatch(/^services\.auth\.cookies\.2\.name: duplicate cookie name/);
  });

  it('allows one cookie name in two categories', () => {
    const catalogue = valid();
    catalogue.services.stats = {
      category: 'statistics',
      provider: 'Matomo',
      title: 'Statistiques',
      cookies: [{ name: 'sessionid', purpose: 'Autre usage' }],
    };
    expect(() => validateCatalogue(catalogue)).not.toThrow();
  });

  it('a required category that is also exempt', () => {
    const catalogue = valid();
    catalogue.categories.necessary = { required: true, exempt: true, title: 'Nécessaires' };
    expect(errorOf(catalogue).message).toBe('categories.necessary: a category cannot be both required and exempt');
  });

  it('a missing fr text, in a category or a cookie purpose', () => {
    const catalogue = valid();
    catalogue.categories.statistics = { title: { en: 'Statistics' }, description: 'Mesurer.' };
    expect(errorOf(catalogue).message).toMatch(/^categories\.statistics\.title\.fr: missing French text/);

    const other = valid();
    other.services.auth = { ...other.services.auth, cookies: [{ name: 'sessionid', purpose: { en: 'Session' } }] };
    expect(errorOf(other).message).toMatch(/^services\.auth\.cookies\.0\.purpose\.fr: missing French text/);
  });

  it.each([
    [0, '0'],
    [-1, '-1'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    ['13 mois', '"13 mois"'],
  ])('a duration of %s', (duration, shown) => {
    const catalogue = valid();
    catalogue.services.auth = { ...catalogue.services.auth, cookies: [{ name: 'sessionid', purpose: 'x', duration }] };
    expect(errorOf(catalogue).message).toBe(
      `services.auth.cookies.0.duration: expected "session" or a finite number of days > 0, got ${shown}`,
    );
  });

  it('a consent purpose without a title or a description (rule 7)', () => {
    const untitled = valid();
    untitled.categories.statistics = { description: 'Mesurer.' };
    expect(errorOf(untitled).message).toBe('categories.statistics.title: expected a string or { fr: string, ... }');
    const undescribed = valid();
    undescribed.categories.statistics = { title: 'Statistiques' };
    expect(errorOf(undescribed).message).toBe(
      'categories.statistics.description: expected a string or { fr: string, ... }',
    );
  });

  it('an exempt audience cookie kept over 13 months (rule 29)', () => {
    const catalogue = valid();
    catalogue.categories.statistics = { exempt: true };
    catalogue.services.matomo = {
      category: 'statistics',
      provider: 'Matomo',
      title: 'Mesure',
      cookies: [{ name: '_pk_id', purpose: 'x', duration: 396 }],
    };
    expect(errorOf(catalogue).message).toBe(
      'services.matomo.cookies.0.duration: 396 days: an exempt audience cookie lives 395 days (13 months) at most',
    );
  });

  it('an unknown Google Consent Mode type', () => {
    const catalogue = valid();
    catalogue.categories.statistics = { title: 'Statistiques', description: 'Mesurer.', consentMode: ['analytics'] };
    expect(errorOf(catalogue).message).toBe(
      'categories.statistics.consentMode.0: unknown Consent Mode type "analytics"',
    );
  });

  it('no categories', () => {
    expect(errorOf({ revision: 1, categories: {}, services: {} }).message).toBe(
      'categories: no categories: declare at least one',
    );
  });

  it.each([
    [null, 'catalogue: expected an object'],
    [{ revision: 1.5, categories: {}, services: {} }, 'revision: expected a whole number ≥ 0'],
    [{ revision: 1, categories: [], services: {} }, 'categories: expected an object'],
    [
      { revision: 1, categories: { a: { title: 't', description: 'd' } }, services: [] },
      'services: expected an object',
    ],
    [
      { revision: 1, categories: { a: { required: 'yes' } }, services: {} },
      'categories.a.required: expected a boolean',
    ],
    [
      {
        revision: 1,
        categories: { a: { title: 't', description: 'd' } },
        services: { s: { category: 'a', provider: '', title: 't', cookies: [] } },
      },
      'services.s.provider: expected a non-empty string',
    ],
    [
      {
        revision: 1,
        categories: { a: { title: 't', description: 'd' } },
        services: { s: { category: 'a', provider: 'p', title: 't' } },
      },
      'services.s.cookies: expected an array',
    ],
    [
      {
        revision: 1,
        categories: { a: { title: 't', description: 'd' } },
        services: { s: { category: 'a', provider: 'p', title: 't', cookies: [{ name: 3, purpose: 'x' }] } },
      },
      'services.s.cookies.0.name: expected a non-empty string or a RegExp',
    ],
    [
      {
        revision: 1,
        categories: { a: { title: 't', description: 'd' } },
        services: {
          s: { category: 'a', provider: 'p', title: 't', cookies: [{ name: 'n', purpose: 'x', party: 'x' }] },
        },
      },
      'services.s.cookies.0.party: expected "first" or "third"',
    ],
  ])('other shapes: %j', (definition, message) => {
    expect(errorOf(definition).message).toBe(message);
  });

  it('defineCatalogue throws the same error', () => {
    expect(() =>
      defineCatalogue({
        revision: 1,
        categories: { necessary: { required: true, title: 'Nécessaires' } },
        // @ts-expect-error a category that does not exist
        services: { s: { category: 'social', provider: 'p', title: 't', cookies: [] } },
      }),
    ).toThrow(new CatalogueError('services.s.category', 'unknown category "social"'));
  });
});
