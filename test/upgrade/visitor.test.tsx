import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Banner, ConsentGate, ConsentProvider, defineCatalogue } from '../../src';
import { upgradeCatalogue } from './fixtures/catalogue';
import fixtures from './fixtures/stored-values.json';

const catalogue = defineCatalogue(upgradeCatalogue);

function Page() {
  return (
    <ConsentProvider catalogue={catalogue}>
      <ConsentGate category="statistics" fallback={<p>Mesure d’audience désactivée</p>}>
        <p>Mesure d’audience active</p>
      </ConsentGate>
      <ConsentGate category="video" fallback={<p>Vidéos bloquées</p>}>
        <p>Vidéos affichées</p>
      </ConsentGate>
      <Banner />
    </ConsentProvider>
  );
}

const banner = () => screen.queryByRole('region', { name: 'Vos choix en matière de cookies' });

beforeEach(() => {
  // The day after the values were written: they are in force, whenever the suite runs.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(fixtures.decidedAt + 86_400_000);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a site that upgraded charte', () => {
  describe('given a first visit', () => {
    it('shows the banner as soon as the page is rendered', () => {
      render(<Page />);
      expect(banner()).toBeVisible();
    });
  });

  describe('given a visitor who chose under an earlier build', () => {
    it.each(fixtures.values)('does not ask again, and keeps $method ($commit, format $format)', (fixture) => {
      // biome-ignore lint/suspicious/noDocumentCookie: the cookie the earlier build left in the visitor's browser.
      document.cookie = `charte=${fixture.value}; Path=/`;
      render(<Page />);
      const statistics = fixture.categories.statistics ? 'Mesure d’audience active' : 'Mesure d’audience désactivée';
      expect(screen.getByText(statistics)).toBeVisible();
      expect(screen.getByText(fixture.categories.video ? 'Vidéos affichées' : 'Vidéos bloquées')).toBeVisible();
      expect(banner()).toBeNull();
    });
  });
});
