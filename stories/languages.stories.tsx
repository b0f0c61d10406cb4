import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { Banner, ConsentProvider } from '../src';
import { storeIn } from './kit';

/** Every language of the kit, French first. */
const codes = [
  'fr',
  ...Object.keys(import.meta.glob('../src/locales/*.ts')).map((path) => path.replace(/^.*\/|\.ts$/g, '')),
];

/**
 * The banner in every language side by side, for a designer: each in a 320 px frame, as on a narrow phone. The frame's
 * `transform` makes it the banner's containing block, so each fixed banner sits in its own frame.
 */
function AllLanguages() {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, padding: 16 }}>
      {codes.map((code) => (
        <figure key={code} style={{ margin: 0 }}>
          <figcaption lang={code}>
            {new Intl.DisplayNames([code], { type: 'language' }).of(code)} ({code})
          </figcaption>
          <div style={{ position: 'relative', transform: 'translateZ(0)', inlineSize: 320, blockSize: 420 }}>
            <ConsentProvider store={storeIn('first-visit')} lng={code}>
              <Banner />
            </ConsentProvider>
          </div>
        </figure>
      ))}
    </div>
  );
}

const meta = {
  title: 'Languages',
  component: AllLanguages,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof AllLanguages>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Each banner shows in its own language, with its own direction. */
export const SideBySide: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(
      () => {
        const banners = [...canvasElement.querySelectorAll('[data-part="banner"]')];
        expect(banners.map((banner) => banner.getAttribute('lang'))).toEqual(codes);
      },
      { timeout: 10_000 },
    );
    const directions = [...canvasElement.querySelectorAll<HTMLElement>('[data-part="banner"]')].map(
      (banner) => banner.dir,
    );
    expect(codes.filter((_, index) => directions[index] === 'rtl')).toEqual(['ar', 'fa', 'he']);
  },
};
