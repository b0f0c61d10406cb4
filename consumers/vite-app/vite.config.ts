import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The Vite template's config, plus the app's own tests: jsdom, no setup file, no polyfill.
export default defineConfig({
  plugins: [react()],
  build: { rollupOptions: { input: ['index.html', 'broken.html'] } },
  test: { environment: 'jsdom' },
});
