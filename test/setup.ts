import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { loadPreferences } from '../src/react/preferences-dialog';

// One reset for every test: the rendered tree, then every cookie and key a test left behind (tests that run in
// Node, such as the build's, have no document).
afterEach(() => {
  if (typeof document === 'undefined') return;
  cleanup();
  // A test's spy on document.cookie or localStorage would otherwise get in the way of the reset.
  vi.restoreAllMocks();
  for (const name of document.cookie.split(';').map((pair) => pair.split('=')[0]?.trim())) {
    // biome-ignore lint/suspicious/noDocumentCookie: resets jsdom's cookie jar between tests.
    if (name) document.cookie = `${name}=; Max-Age=0; Path=/`;
  }
  localStorage.clear();
});

// The dialog's body loads on first opening (src/react/preferences-dialog.tsx); loaded up front, it opens on the
// click's render as in an app where an opener was pointed at. test/react/lazy-dialog.test.tsx covers the load.
await loadPreferences();
