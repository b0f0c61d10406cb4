import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { AuditError } from './catalogue';
import type { AuditOptions } from './run';

/** Debian's and Ubuntu's Chromium, Google Chrome on Linux, then on macOS. */
const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Launches the configured Chromium, else the system's, with the options a container needs. */
export async function launchChromium(options: Pick<AuditOptions, 'chromium' | 'launchOptions'>): Promise<Browser> {
  let playwright: typeof import('playwright-core');
  try {
    playwright = await import('playwright-core');
  } catch {
    throw new AuditError('charte/audit drives Chromium with playwright-core: npm install --save-dev playwright-core');
  }
  const executablePath = options.chromium ?? process.env.CHROMIUM_PATH ?? SYSTEM_CHROMIUMS.find(existsSync);
  // Chromium refuses to start as root with its sandbox on (CI containers run as root).
  const asRoot = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  try {
    return await playwright.chromium.launch({
      ...options.launchOptions,
      ...(executablePath ? { executablePath } : {}),
      args: [...asRoot, '--disable-dev-shm-usage', ...(options.launchOptions?.args ?? [])],
    });
  } catch (error) {
    throw new AuditError(
      `could not start Chromium${executablePath ? ` at ${executablePath}` : ''} (give its path with --chromium): ${(error as Error).message.split('\n')[0]}`,
    );
  }
}

/** Runs `task` on every item, `limit` at a time, in order of start. */
export async function pool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
