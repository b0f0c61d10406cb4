import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { PreferencesDialog } from '../src';
import { MONTREUIL_COOKIE, montreuil } from '../test/fixtures/montreuil';
import type { KitParameters } from './kit';
import { MontreuilCharter } from './montreuil-charter';

const meta = {
  title: 'Pages/Charte cookies de Montreuil',
  component: MontreuilCharter,
  parameters: {
    charte: { state: 'decided', catalogue: montreuil, cookieName: MONTREUIL_COOKIE } satisfies KitParameters,
  },
  render: () => (
    <>
      <MontreuilCharter />
      <PreferencesDialog />
    </>
  ),
} satisfies Meta<typeof MontreuilCharter>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seed's table, row for row and word for word, from the Montreuil catalogue. */
export const MontreuilCharterPage: Story = {
  name: 'Charte cookies',
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole('table', {
      name: 'Cookies nécessaires au bon fonctionnement de la plateforme / cookies fonctionnels',
    });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => [...(row as HTMLTableRowElement).cells].map((cell) => cell.textContent));
    await expect(rows).toEqual([
      ['Nom du prestataire', 'Service et emplacement', 'Nom du cookie', 'Finalités'],
      [
        'Opendatasoft',
        'Authentification (front et back office)',
        'sessionid',
        "Se souvenir de l'utilisateur d'une page à une autre.",
      ],
      [
        'Opendatasoft',
        'Sélection de la langue (front et back office)',
        'django_language',
        'Se souvenir de la langue du visiteur',
      ],
      ['Opendatasoft', 'API (CSRF) (front et back office)', 'csrftoken', 'Récupérer des données via des appels API'],
      [
        'Opendatasoft',
        'Choix concernant vos préférences sur les cookies',
        'cookies_preferences',
        'Permet de se souvenir du choix opéré par le visiteur concernant les cookies',
      ],
    ]);
    await expect(within(canvasElement).getByRole('button', { name: 'Gérer mes cookies' })).toBeVisible();
  },
};
