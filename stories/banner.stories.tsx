import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Banner, PreferencesDialog } from '../src';
import { revised } from '../test/fixtures/montreuil';
import type { KitParameters } from './kit';
import { PortalPage } from './portal-page';

const meta = {
  title: 'Banner',
  component: Banner,
  args: { position: 'bottom', continueWithoutAccepting: false },
  argTypes: { position: { control: 'inline-radio', options: ['bottom', 'bottom-left', 'center'] } },
  render: (args) => (
    <>
      <PortalPage />
      <Banner {...args} />
      <PreferencesDialog />
    </>
  ),
} satisfies Meta<typeof Banner>;

export default meta;
type Story = StoryObj<typeof meta>;

const bannerOf = (canvasElement: HTMLElement, name = 'Vos choix en matière de cookies') =>
  within(canvasElement.ownerDocument.body).findByRole('region', { name });

/** A first visit: the banner overlays the page, three equal buttons, nothing granted. */
export const FirstVisit: Story = {
  play: async ({ canvasElement }) => {
    const banner = await bannerOf(canvasElement);
    const buttons = within(within(banner).getByRole('group')).getAllByRole('button');
    await expect(buttons.map((button) => button.textContent)).toEqual([
      'Tout accepter',
      'Tout refuser',
      'Personnaliser',
    ]);
  },
};

export const BottomLeft: Story = { args: { position: 'bottom-left' } };

export const Centre: Story = { args: { position: 'center' } };

/** The optional "Continuer sans accepter" control, which refuses. */
export const ContinueWithoutAccepting: Story = {
  args: { continueWithoutAccepting: true },
  play: async ({ canvasElement }) => {
    const banner = await bannerOf(canvasElement);
    await userEvent.click(within(banner).getByRole('button', { name: 'Continuer sans accepter' }));
    await expect(within(canvasElement).getByText(/vidéo de présentation est bloquée/)).toBeInTheDocument();
    await waitFor(() => expect(canvasElement.ownerDocument.querySelector('[data-part="banner"]')).toBeNull());
  },
};

/** "Tout accepter" hides the banner and mounts the gated video. */
export const Accept: Story = {
  play: async ({ canvasElement }) => {
    const banner = await bannerOf(canvasElement);
    await userEvent.click(within(banner).getByRole('button', { name: 'Tout accepter' }));
    await expect(await within(canvasElement).findByText('Vidéo de présentation du portail (YouTube).')).toBeVisible();
    await expect(canvasElement.ownerDocument.querySelector('[data-part="banner"]')).toBeNull();
  },
};

/** "Tout refuser" hides the banner, keeps the video blocked, and "Gérer mes cookies" stays. */
export const Reject: Story = {
  play: async ({ canvasElement }) => {
    const banner = await bannerOf(canvasElement);
    await userEvent.click(within(banner).getByRole('button', { name: 'Tout refuser' }));
    await expect(within(canvasElement).getByText(/vidéo de présentation est bloquée/)).toBeVisible();
    await expect(within(canvasElement).getByRole('button', { name: 'Gérer mes cookies' })).toBeVisible();
  },
};

/** A returning visitor who refused: no banner, only "Gérer mes cookies". */
export const Decided: Story = {
  parameters: { charte: { state: 'decided' } satisfies KitParameters },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Gérer mes cookies' })).toBeVisible();
    await expect(canvasElement.ownerDocument.querySelector('[data-part="banner"]')).toBeNull();
  },
};

/** The host's own, much longer wording: the banner scrolls inside itself rather than covering the page. */
/** A visitor who accepted revision 1, back under revision 2: asked again, told what changed. */
export const AskedAgainAfterARevision: Story = {
  parameters: { charte: { state: 'revised', catalogue: revised } satisfies KitParameters },
  play: async ({ canvasElement }) => {
    const banner = await bannerOf(canvasElement);
    // The banner and the dialog fade in over 150 ms.
    await waitFor(() => expect(within(banner).getByText(/Nous avons ajouté les cartes interactives/)).toBeVisible());
    await userEvent.click(within(banner).getByRole('button', { name: 'Personnaliser' }));
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog');
    await expect(within(dialog).getByRole('switch', { name: 'Statistiques' })).toBeChecked();
    await expect(within(dialog).getByRole('switch', { name: 'Cartes' })).not.toBeChecked();
  },
};

export const LongTexts: Story = {
  parameters: {
    charte: {
      translations: {
        fr: {
          banner: {
            title: 'Vos choix en matière de cookies sur le portail des données ouvertes de la Ville de Montreuil',
            description:
              'Avec votre accord, la Ville de Montreuil et ses prestataires utilisent des cookies pour mesurer la fréquentation du portail, améliorer les jeux de données les plus consultés et afficher les vidéos de présentation hébergées par des plateformes tierces. Vous pouvez accepter, refuser ou personnaliser ces usages, et changer d’avis à tout moment grâce au bouton «\u00a0Gérer mes cookies\u00a0» présent en bas de chaque page.',
          },
        },
      },
    } satisfies KitParameters,
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const banner = await bannerOf(canvasElement, 'Your cookie choices');
    // The banner fades in (unless reduced motion is asked for): wait until it is opaque.
    await waitFor(() => expect(within(banner).getByRole('button', { name: 'Reject all' })).toBeVisible());
  },
};

export const Dark: Story = { globals: { scheme: 'dark' } };

/** 320 px wide: the buttons stack, nothing scrolls sideways. */
export const Narrow: Story = { globals: { viewport: { value: 'narrow', isRotated: false } } };
