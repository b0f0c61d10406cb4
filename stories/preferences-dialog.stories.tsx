import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Banner, PreferencesDialog } from '../src';
import type { KitParameters } from './kit';
import { PortalPage } from './portal-page';

const meta = {
  title: 'PreferencesDialog',
  component: PreferencesDialog,
  parameters: { charte: { state: 'preferences' } satisfies KitParameters },
  render: (args) => (
    <>
      <PortalPage />
      <Banner />
      <PreferencesDialog {...args} />
    </>
  ),
} satisfies Meta<typeof PreferencesDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

const dialogOf = (canvasElement: HTMLElement, name = 'Préférences de cookies') =>
  within(canvasElement.ownerDocument.body).findByRole('dialog', { name });

/** Open: one switch per category, the necessary one on and disabled. */
export const Open: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    const necessary = within(dialog).getByRole('switch', {
      name: 'Cookies nécessaires au bon fonctionnement de la plateforme / cookies fonctionnels',
    });
    await expect(necessary).toBeDisabled();
    await expect(necessary).toHaveAttribute('aria-checked', 'true');
    await expect(within(dialog).getByRole('switch', { name: 'Statistiques' })).toHaveAttribute('aria-checked', 'false');
  },
};

/** Exempt audience measurement sits in its own section, on, with an opt-out. */
export const ExemptSection: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    const section = within(dialog).getByRole('region', { name: 'Exemptés de consentement' });
    section.scrollIntoView();
    await expect(within(section).getByRole('switch', { name: "Mesure d'audience anonyme" })).toHaveAttribute(
      'aria-checked',
      'true',
    );
  },
};

/** Customise and save: only the video is granted, and the confirmation is announced. */
export const CustomiseAndSave: Story = {
  parameters: { charte: { state: 'first-visit' } satisfies KitParameters },
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(await body.findByRole('button', { name: 'Personnaliser' }));
    const dialog = await dialogOf(canvasElement);
    await userEvent.click(within(dialog).getByRole('switch', { name: 'Vidéos intégrées' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer mes choix' }));
    await waitFor(() => expect(body.queryByRole('dialog')).toBeNull());
    await expect(body.getByRole('status')).toHaveTextContent('Vos choix ont été enregistrés.');
    await expect(await within(canvasElement).findByText('Vidéo de présentation du portail (YouTube).')).toBeVisible();
  },
};

/** The cookies of a category, one click away. */
export const CookiesDisclosed: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    const video = within(dialog).getByRole('region', { name: 'Vidéos intégrées' });
    await userEvent.click(within(video).getByText('Voir les cookies'));
    await waitFor(() => expect(within(video).getByRole('table', { name: 'Vidéos intégrées' })).toBeVisible());
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement, 'Cookie preferences');
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Save my choices' })).toBeVisible());
  },
};

/** The choice in force came from the browser's Global Privacy Control signal: the dialog says so. */
export const GlobalPrivacyControl: Story = {
  parameters: { charte: { state: 'gpc' } satisfies KitParameters },
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    // The banner and the dialog fade in over 150 ms.
    await waitFor(() =>
      expect(within(dialog).getByText(/^Votre navigateur envoie le signal Global Privacy Control/)).toBeVisible(),
    );
    await expect(within(dialog).getByRole('switch', { name: 'Statistiques' })).not.toBeChecked();
  },
};

export const Dark: Story = { globals: { scheme: 'dark' } };

export const Narrow: Story = { globals: { viewport: { value: 'narrow', isRotated: false } } };
