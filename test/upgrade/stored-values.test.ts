import { describe, expect, it } from 'vitest';
import { decodeRecord, decodeStored } from '../../src/core/codec';
import { defineCatalogue } from '../../src/core/define';
import { upgradeCatalogue } from './fixtures/catalogue';
import fixtures from './fixtures/stored-values.json';

// Real values written by every commit that changed the codec or the fingerprints it stores (all of them 0.1.0),
// for the catalogue beside them: scripts/upgrade-fixtures.mjs ran each commit's own encodeRecord.
const catalogue = defineCatalogue(upgradeCatalogue);
const now = fixtures.decidedAt + 86_400_000;
const choiceOf = (record: ReturnType<typeof decodeRecord> | null) =>
  record && { method: record.method, categories: record.categories, services: record.services };

describe('given the stored values of every format that has shipped', () => {
  it('covers format 1 (bitset) and format 2 (fingerprints), each as written by charte 0.1.0', () => {
    expect(new Set(fixtures.values.map(({ format }) => format))).toEqual(new Set([1, 2]));
    expect(fixtures.writtenBy).toBe('charte 0.1.0');
  });

  describe.each(fixtures.values)('$commit wrote $method as format $format', (fixture) => {
    const written = { method: fixture.method, categories: fixture.categories, services: fixture.services };

    it('decodes to the same choice for the same catalogue', () => {
      expect(choiceOf(decodeRecord(fixture.value, catalogue, now))).toEqual(written);
      expect(choiceOf(decodeStored(fixture.value, catalogue, now))).toEqual(written);
    });

    it('is "no choice" once expired, like every stored value', () => {
      expect(decodeRecord(fixture.value, catalogue, fixtures.decidedAt + 184 * 86_400_000)).toBeNull();
    });
  });
});

// Rule 9: a new revision asks again; choices for purposes that did not change may only pre-fill the dialog.
describe('when the catalogue changed since the value was written', () => {
  const reworded = defineCatalogue({
    ...upgradeCatalogue,
    revision: 2,
    categories: {
      ...upgradeCatalogue.categories,
      statistics: { title: 'Statistiques', description: 'Mesurer l’audience et les parcours.' },
    },
  });
  const accepted = fixtures.values.filter(({ method }) => method === 'accept-all');

  it.each(accepted.filter(({ format }) => format === 1))(
    'a format 1 value ($commit) is "no choice": it cannot tell which purpose changed',
    ({ value }) => {
      expect(decodeRecord(value, reworded, now)).toBeNull();
    },
  );

  it.each(accepted.filter(({ format }) => format === 2))(
    'a format 2 value ($commit) keeps its old revision and refuses the reworded purpose and its services',
    ({ value }) => {
      const record = decodeRecord(value, reworded, now);
      expect(record?.revision).toBe(1);
      expect(record?.categories).toEqual({ necessary: true, statistics: false, video: true });
      expect(record?.services).toEqual({ session: true, matomo: false, youtube: true });
    },
  );

  it.each(accepted)('a new service is never granted by a value of format $format ($commit)', ({ format, value }) => {
    const grown = defineCatalogue({
      ...upgradeCatalogue,
      services: {
        ...upgradeCatalogue.services,
        hotjar: {
          category: 'statistics',
          provider: 'Hotjar',
          title: 'Cartes de chaleur',
          cookies: [{ name: '_hjSession', purpose: 'Enregistrer la session.' }],
        },
      },
    });
    const record = decodeRecord(value, grown, now);
    if (format === 1) expect(record).toBeNull();
    else expect(record?.services).toEqual({ session: true, matomo: true, youtube: true, hotjar: false });
  });
});
