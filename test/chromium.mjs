// Plain JavaScript, so that bench/ and scripts/ (run by Node without a build) share it with the tests.
/** Debian's Chromium (never a downloaded one), started the same way by every browser test; as root it needs --no-sandbox. */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    // Loopback only: no lookups of Google's hosts at start-up.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
  ],
};
