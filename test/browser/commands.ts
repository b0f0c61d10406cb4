import type { BrowserCommand } from 'vitest/node';

const counts = new Map<string, number>();
const watched = new WeakSet<object>();

/** Starts counting the page's requests for `path`, as the browser sends them (Playwright request events). */
export const countRequests: BrowserCommand<[path: string]> = async ({ page }, path) => {
  counts.set(path, 0);
  if (watched.has(page)) return;
  watched.add(page);
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (counts.has(pathname)) counts.set(pathname, (counts.get(pathname) ?? 0) + 1);
  });
};

/** How many requests for `path` the browser sent since `countRequests(path)`. */
export const requestsSent: BrowserCommand<[path: string]> = async (_context, path) => counts.get(path) ?? 0;

type Media = { colorScheme?: 'light' | 'dark' | null; forcedColors?: 'active' | 'none' | null };

/** Emulates the system's colour scheme or forced colours for the page and the test's frame (Playwright emulateMedia). */
export const emulateMedia: BrowserCommand<[media: Media]> = async ({ page }, media) => {
  await page.emulateMedia(media);
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateMedia: (media: Media) => Promise<void>;
    countRequests: (path: string) => Promise<void>;
    requestsSent: (path: string) => Promise<number>;
  }
}
