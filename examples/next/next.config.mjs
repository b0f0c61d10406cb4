import { fileURLToPath } from 'node:url';

/** next and react resolve from the repository's node_modules, two folders up; charte from this app's own. */
const repository = fileURLToPath(new URL('../..', import.meta.url));

/** @type {import('next').NextConfig} */
export default {
  // `npm test` builds it with Turbopack into .next and with webpack into .next-webpack.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  turbopack: { root: repository },
  outputFileTracingRoot: repository,
  poweredByHeader: false,
  // As create-next-app writes it: the README's layout builds with Cache Components, and without them.
  cacheComponents: true,
};
