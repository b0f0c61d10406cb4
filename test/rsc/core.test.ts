import { describe, expect, it } from 'vitest';

describe('charte in React Server Components', () => {
  describe('given the react-server condition', () => {
    it('resolves react to its server build, which has no client hooks', async () => {
      const React = await import('react');
      expect('useState' in React).toBe(false);
    });

    it('imports charte/core as built, which reads a choice from a request', async () => {
      const { createConsentStore, defineCatalogue, encodeRecord, memoryAdapter, readConsent } = await import(
        '../../dist/core.js'
      );
      const catalogue = defineCatalogue({
        revision: 1,
        categories: {
          necessary: { required: true, title: 'Nécessaires' },
          statistics: { title: 'Statistiques', description: 'Mesurer la fréquentation.' },
        },
        services: {},
      });
      const store = createConsentStore({ catalogue, storage: memoryAdapter() });
      store.send({ type: 'ACCEPT_ALL' });
      const record = store.getSnapshot().record;
      const header = `charte=${record ? encodeRecord(record, catalogue) : ''}`;
      expect(readConsent(header, catalogue)?.categories).toEqual({ necessary: true, statistics: true });
    });

    it('finds the React entry marked as a client module, so a server graph gets references, not components', async () => {
      const { readFile } = await import('node:fs/promises');
      const entry = await readFile(new URL('../../dist/index.js', import.meta.url), 'utf8');
      expect(entry.startsWith('"use client";')).toBe(true);
    });
  });
});
