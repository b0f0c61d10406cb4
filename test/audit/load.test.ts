import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AuditError, auditSite, loadCatalogue } from '../../src/audit';

const folder = mkdtempSync(join(tmpdir(), 'charte-audit-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Writes a module in a temporary folder and returns its path. */
const module = (name: string, code: string) => {
  const path = join(folder, name);
  writeFileSync(path, code);
  return path;
};

const definition = `{
  revision: 1,
  categories: { necessary: { required: true, title: 'Nécessaires' } },
  services: { auth: { category: 'necessary', provider: 'Site', title: 'Session', cookies: [{ name: 'sid', purpose: 'Session.' }] } },
}`;

describe('loadCatalogue', () => {
  describe('given a TypeScript module that exports it as `catalogue`', () => {
    it('loads it through jiti', async () => {
      const catalogue = await loadCatalogue('test/audit/fixtures/catalogue.ts');
      expect(catalogue.categoryIds).toEqual(['necessary', 'statistics', 'marketing']);
      expect(catalogue.services.matomo?.cookies[0]?.name).toBeInstanceOf(RegExp);
    });
  });

  describe('given a module whose default export never went through defineCatalogue', () => {
    it('loads it, its path relative to the folder given', async () => {
      module('plain.mjs', `export default ${definition};`);
      const catalogue = await loadCatalogue('plain.mjs', folder);
      expect([catalogue.categoryIds, catalogue.serviceIds]).toEqual([['necessary'], ['auth']]);
    });
  });

  describe('given no such file, a module that exports no catalogue, or an invalid catalogue', () => {
    it('rejects, saying what is wrong', async () => {
      await expect(loadCatalogue(join(folder, 'missing.mjs'))).rejects.toThrow(
        /^could not import the catalogue .*missing\.mjs/,
      );
      await expect(loadCatalogue(module('none.mjs', 'export const other = 1;'))).rejects.toThrow(
        'exports no catalogue: export it as default or as `catalogue`',
      );
      const invalid = module(
        'invalid.mjs',
        `export const catalogue = ${definition.replace("category: 'necessary'", "category: 'ads'")};`,
      );
      const error = await loadCatalogue(invalid).catch((reason: unknown) => reason);
      expect(error).toBeInstanceOf(AuditError);
      expect((error as Error).message).toContain('is invalid: services.auth.category: unknown category "ads"');
    });
  });
});

describe('auditSite', () => {
  describe('given an invalid catalogue', () => {
    it('rejects with loadCatalogue’s check, before it starts any browser', async () => {
      const error = await auditSite({ urls: ['http://127.0.0.1:9/'], catalogue: { revision: 1 } as never }).catch(
        (reason: unknown) => reason,
      );
      expect(error).toBeInstanceOf(AuditError);
      expect((error as Error).message).toBe('the catalogue is invalid: categories: expected an object');
    });
  });
});
