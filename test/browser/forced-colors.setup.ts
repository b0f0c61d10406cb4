import { beforeEach } from 'vitest';
import { commands } from 'vitest/browser';

// Windows high contrast and other forced-colour modes: every story is checked by axe under them too (issue 16).
beforeEach(async () => {
  await commands.emulateMedia({ forcedColors: 'active' });
});
