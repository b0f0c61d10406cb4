import type { Page } from 'playwright-core';

/** An init script: records in `window.seen.banner` whether a banner element ever existed, before any page script. */
export function recordBanner() {
  const seen = { banner: false };
  Object.assign(window, { seen });
  new MutationObserver(() => {
    if (document.querySelector('[data-part="banner"]')) seen.banner = true;
  }).observe(document, { childList: true, subtree: true });
}

/** Whether `page` ever had a banner element since it loaded (`recordBanner` must be installed). */
export const bannerSeen = (page: Page) =>
  page.evaluate(() => (window as unknown as { seen: { banner: boolean } }).seen.banner);

/** Holds back every request of `page` matching `url` until the returned function is called. */
export async function holdBack(page: Page, url: string) {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
