import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ConsentEmbed } from '../src';

const meta = {
  title: 'ConsentEmbed',
  component: ConsentEmbed,
  args: { service: 'youtube' },
  render: (args) => (
    <main style={{ maxInlineSize: '40rem' }}>
      <h1>Présentation du portail</h1>
      <ConsentEmbed {...args}>
        <iframe
          title="Vidéo de présentation du portail"
          srcDoc="<p style='font-family:sans-serif'>Lecteur vidéo (YouTube)</p>"
          width="560"
          height="315"
          style={{ maxInlineSize: '100%', border: 0 }}
        />
      </ConsentEmbed>
    </main>
  ),
} satisfies Meta<typeof ConsentEmbed>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Before consent: the provider named, and the two ways to allow the embed. */
export const Placeholder: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/Ce contenu est fourni par Google \(Vidéos YouTube\)/)).toBeVisible();
    await expect(canvas.queryByTitle('Vidéo de présentation du portail')).toBeNull();
  },
};

/** "Autoriser une fois": the embed for this page only. */
export const AllowedOnce: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Autoriser une fois' }));
    await expect(canvas.getByTitle('Vidéo de présentation du portail')).toBeVisible();
  },
};

export const Dark: Story = { globals: { scheme: 'dark' } };
