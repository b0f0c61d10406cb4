import { median } from './timing.mjs';

export const rerenderPages = [
  { id: 'rerender-charte', label: "charte: `useConsent('cat-N')`", source: 'rerender-charte.jsx' },
  { id: 'rerender-c15t', label: '@c15t/react: `useConsentManager().has(…)`', source: 'rerender-c15t.jsx' },
];

/** Loads each re-render page and flips one category `updates` times; medians of re-renders and update time. */
export async function measureRerender(browser, origin, { updates = 20 } = {}) {
  const rows = [];
  for (const entry of rerenderPages) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/${entry.id}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.bench);
    const { components, categories, changed } = await page.evaluate(() => window.bench);
    const samples = await page.evaluate((count) => window.bench.run(count), updates);
    await context.close();
    const renders = samples.map((sample) => sample.renders);
    const times = samples.map((sample) => sample.ms);
    rows.push({
      ...entry,
      components,
      categories,
      changed,
      renders: median(renders),
      rendersRange: [Math.min(...renders), Math.max(...renders)],
      ms: median(times),
      msRange: [Math.min(...times), Math.max(...times)],
      updates,
    });
  }
  return rows;
}
