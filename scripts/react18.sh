#!/usr/bin/env bash
# The peer range promises React 18 too: run the React component suite, the SSR hydration tests and
# the SSR example's journey and lifecycle against React 18.3, in a copy of the repo, leaving this one's install alone.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
git -C "$root" ls-files -z | (cd "$root" && xargs -0 cp --parents -t "$work")
cp -r "$root/dist" "$work/dist"
cd "$work"
# No install scripts: better-sqlite3 (the SSR example's proof log) takes the addon already built for this Node.
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
cp -r "$root/node_modules/better-sqlite3/build" node_modules/better-sqlite3/
npm install --no-save --ignore-scripts --no-audit --no-fund --loglevel=error react@18.3.1 react-dom@18.3.1
node -e "console.log('React', require('react/package.json').version)"
# Next.js 16 needs React 19: only the SSR example is built and driven here, with the packed package installed by
# name as in npm test; React resolves from this copy's root, so the example runs on React 18.
node scripts/consumers.mjs ssr
# Default reporter only: the suite's own "N passed, N failed" line stays the last one CI reads.
npx vitest run --reporter=default --project unit --project e2e test/react test/e2e/journey test/e2e/lifecycle
