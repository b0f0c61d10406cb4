// @vitest-environment node
import { describe, expect, it } from 'vitest';

describe('charte/core', () => {
  describe('given a server: no window, no document', () => {
    it('imports, and creates a store whose server snapshot is unknown with no UI', async () => {
      expect(typeof window).toBe('undefined');
      const { createConsentStore, readConsent } = await import('../../src/core');
      const { montreuil } = await import('../fixtures/montreuil');
      const store = createConsentStore({ catalogue: montreuil, initialConsent: readConsent('a=b', montreuil) });
      expect(store.getServerSnapshot()).toMatchObject({ status: 'unknown', view: 'none' });
    });
  });
});
