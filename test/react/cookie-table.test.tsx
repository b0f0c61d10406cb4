import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ConsentProvider, CookieTable } from '../../src';
import { montreuilDemo } from '../fixtures/montreuil';

describe('CookieTable', () => {
  describe('given the whole catalogue', () => {
    it('has one row per declared cookie plus the kit’s own, under the charter’s headers', () => {
      render(
        <ConsentProvider catalogue={montreuilDemo}>
          <CookieTable />
        </ConsentProvider>,
      );
      const table = screen.getByRole('table', { name: 'Cookies utilisés sur ce site' });
      expect(
        within(table)
          .getAllByRole('columnheader')
          .map((header) => header.textContent),
      ).toEqual(['Nom du prestataire', 'Service et emplacement', 'Nom du cookie', 'Finalités', 'Durée']);
      const declared = Object.values(montreuilDemo.services).reduce(
        (count, service) => count + service.cookies.length,
        0,
      );
      const rows = within(table).getAllByRole('row').slice(1);
      expect(rows).toHaveLength(declared + 1);
      expect(rows.at(-1)?.textContent).toBe(
        'Ce siteChoix concernant vos préférences sur les cookiescharte' +
          'Permet de se souvenir du choix opéré par le visiteur concernant les cookies6\u00a0mois',
      );
      expect(within(table).getByRole('cell', { name: '_pk_id.*' })).toBeInTheDocument();
      expect(within(table).getAllByRole('cell', { name: '13\u00a0mois' })).toHaveLength(3);
    });
  });

  describe('given a category or services', () => {
    it('lists only their cookies', () => {
      render(
        <ConsentProvider catalogue={montreuilDemo}>
          <CookieTable category="statistics" caption="Statistiques" />
          <CookieTable service={['youtube', 'matomo']} caption="Services choisis" />
        </ConsentProvider>,
      );
      const statistics = screen.getByRole('table', { name: 'Statistiques' });
      expect(within(statistics).getAllByRole('row')).toHaveLength(3);
      const chosen = screen.getByRole('table', { name: 'Services choisis' });
      expect(
        within(chosen)
          .getAllByRole('row')
          .map((row) => (row as HTMLTableRowElement).cells[2]?.textContent),
      ).toEqual(['Nom du cookie', '_pk_id.*', 'VISITOR_INFO1_LIVE']);
    });
  });
});
