import { fileURLToPath } from 'node:url';

/** The example imports the built package from the repository's dist/, two folders up. */
const repository = fileURLToPath(new URL('../..', import.meta.url));

/** @type {import('next').NextConfig} */
export default {
  turbopack: { root: repository },
  outputFileTracingRoot: repository,
  poweredByHeader: false,
};
