import type { Preview } from '@storybook/react-vite';
import '../src/styles/charte.css';
import { withKit } from '../stories/kit';

/** Every language of the kit, French first, each named in itself. */
const locales = [
  'fr',
  ...Object.keys(import.meta.glob('../src/locales/*.ts')).map((path) => path.replace(/^.*\/|\.ts$/g, '')),
].map((code) => ({ value: code, title: new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code }));

const preview: Preview = {
  decorators: [withKit],
  parameters: {
    layout: 'fullscreen',
    a11y: {
      // Any WCAG 2.2 AA violation fails the story's test.
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } },
    },
    viewport: {
      options: {
        narrow: { name: '320 px', styles: { width: '320px', height: '640px' } },
        desktop: { name: 'Desktop', styles: { width: '1280px', height: '800px' } },
      },
    },
  },
  globalTypes: {
    locale: {
      description: 'Langue',
      toolbar: {
        title: 'Langue',
        icon: 'globe',
        items: locales,
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Schéma de couleurs',
      toolbar: {
        title: 'Couleurs',
        icon: 'contrast',
        items: [
          { value: 'auto', title: 'Système' },
          { value: 'light', title: 'Clair' },
          { value: 'dark', title: 'Sombre' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'fr', scheme: 'auto' },
};

export default preview;
