import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The stories import src/, as the development build (tsup.config.ts) behaves.
  viteFinal: (viteConfig) => ({ ...viteConfig, define: { ...viteConfig.define, __DEV__: 'true' } }),
};

export default config;
