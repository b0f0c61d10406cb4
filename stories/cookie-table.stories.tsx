import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { CookieTable } from '../src';
import type { KitParameters } from './kit';

const meta = {
  title: 'CookieTable',
  component: CookieTable,
  parameters: { layout: 'padded', charte: { state: 'decided' } satisfies KitParameters },
} satisfies Meta<typeof CookieTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every declared cookie, plus the kit's own storage cookie. */
export const AllCookies: Story = {
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole('table', { name: 'Cookies utilisés sur ce site' });
    await expect(within(table).getAllByRole('row')).toHaveLength(10);
  },
};

export const OneCategory: Story = { args: { category: 'statistics', caption: 'Statistiques' } };

export const English: Story = { globals: { locale: 'en' } };

export const Dark: Story = { globals: { scheme: 'dark' } };

/** Under 480 px, each row becomes a card with its headers repeated. */
export const Narrow: Story = { globals: { viewport: { value: 'narrow', isRotated: false } } };
