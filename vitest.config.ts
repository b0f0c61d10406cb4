import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { countRequests, emulateMedia, requestsSent } from './test/browser/commands.ts';
import { chromiumLaunchOptions } from './test/chromium.mjs';

// A fresh object per project: Vitest names each instance, and two projects may not share one.
const chromium = () => ({
  enabled: true,
  headless: true,
  api: { host: '127.0.0.1' },
  provider: playwright({ launchOptions: chromiumLaunchOptions }),
  instances: [{ browser: 'chromium' as const }],
});

export default defineConfig({
  define: { __DEV__: 'true' },
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    // Every project inherits the root's `define`: the tests run src/ as the development build (tsup.config.ts) does.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/browser/**', 'test/rsc/**', 'test/e2e/**', 'test/server/**', 'test/audit/**'],
          restoreMocks: true,
          // A file's first render also imports React, jsdom and the kit: 5 s is too little on two busy cores.
          testTimeout: 20_000,
          setupFiles: ['test/setup.ts'],
          typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
      {
        // As radix-ui/primitives does: the server entry must load where React is its react-server build.
        resolve: { conditions: ['react-server'] },
        ssr: { resolve: { conditions: ['react-server'], externalConditions: ['react-server'] } },
        extends: true,
        test: {
          name: 'rsc',
          environment: 'node',
          include: ['test/rsc/**/*.test.ts'],
          server: { deps: { inline: ['react'] } },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        // charte/server on Node: a real SQLite file, a PostgreSQL the project starts, the CLI, and Chromium.
        test: {
          name: 'server',
          environment: 'node',
          include: ['test/server/**/*.test.ts'],
          globalSetup: ['test/server/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'audit',
          environment: 'node',
          include: ['test/audit/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.{ts,tsx}'],
          browser: { ...chromium(), commands: { countRequests, emulateMedia, requestsSent } },
        },
      },
      {
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('.storybook', import.meta.url)) })],
        extends: true,
        test: {
          name: 'storybook',
          browser: chromium(),
        },
      },
      {
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('.storybook', import.meta.url)) })],
        extends: true,
        test: {
          name: 'storybook-forced-colors',
          browser: { ...chromium(), commands: { emulateMedia } },
          setupFiles: ['test/browser/forced-colors.setup.ts'],
        },
      },
    ],
  },
});
