// @vitest-environment node
import { describe, expect, it } from 'vitest';

describe('charte/core on a server', () => {
  it('imports and creates a store without window or document', async () => {
    expect(typeof window).toBe('undefined');
    const { createConsentStore, readConsent } = await import('../../src/core');
    const { montreuil } = await import('../fixtures/montreuil');
    const store = createConsentStore({ catalogue: montreuil, initialConsent: readConsent('a=b', montreuil) });
    expect(store.getServerSnapshot()).toMatchObject({ status: 'unknown', view: 'none' });
  });
});
