// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ConsentGate, ConsentProvider, createConsentStore, encodeRecord, memoryAdapter, readConsent } from '../../src';
import { montreuilDemo } from '../fixtures/montreuil';

const page = (initialConsent?: ReturnType<typeof readConsent<typeof montreuilDemo>>) => (
  <ConsentProvider catalogue={montreuilDemo} {...(initialConsent ? { initialConsent } : {})}>
    <main>Contenu</main>
    <ConsentGate category="statistics" fallback={<p>Statistiques en attente</p>}>
      <p>Statistiques actives</p>
    </ConsentGate>
  </ConsentProvider>
);

describe('renderToString in Node, without window', () => {
  describe('given no choice', () => {
    it('renders without throwing and leaves gated children out', () => {
      expect(typeof window).toBe('undefined');
      const html = renderToString(page());
      expect(html).toContain('Contenu');
      expect(html).toContain('Statistiques en attente');
      expect(html).not.toContain('Statistiques actives');
    });

    it('renders exempt audience measurement: it needs no consent and is refused by opt-out (rule 6)', () => {
      const html = renderToString(
        <ConsentProvider catalogue={montreuilDemo}>
          <ConsentGate category="audience">
            <p>Mesure exemptée</p>
          </ConsentGate>
        </ConsentProvider>,
      );
      expect(html).toContain('Mesure exemptée');
    });
  });

  describe('given a request that carries a granting cookie', () => {
    it('renders gated children', () => {
      const store = createConsentStore({ catalogue: montreuilDemo, storage: memoryAdapter() });
      store.send({ type: 'ACCEPT_ALL' });
      const record = store.getSnapshot().record;
      const header = `charte=${record ? encodeRecord(record, montreuilDemo) : ''}`;
      const html = renderToString(page(readConsent(header, montreuilDemo)));
      expect(html).toContain('Statistiques actives');
    });
  });
});
