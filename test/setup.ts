import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadPreferences } from '../src/react/preferences-dialog';

afterEach(cleanup);

// The dialog's body loads on first opening (src/react/preferences-dialog.tsx); loaded up front, it opens on the
// click's render as in an app where an opener was pointed at. test/react/lazy-dialog.test.tsx covers the load.
await loadPreferences();
