import { setTimeout as sleep } from 'node:timers/promises';
import { watchStrays } from './browser.mjs';
import { median } from './timing.mjs';

// Event Timing reports an event only from 16 ms on (its smallest durationThreshold), rounded to 8 ms.
export const THRESHOLD = 16;

/** Runs before the page's scripts: keeps every Event Timing entry of the document. */
function observeEvents(threshold) {
  window.__events = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__events.push({ name: entry.name, duration: entry.duration, interactionId: entry.interactionId });
    }
  }).observe({ type: 'event', durationThreshold: threshold, buffered: true });
}

const frames = (page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/**
 * One load of an INP page in a fresh context: waits for the accept button, lets the page go quiet, clicks it with
 * the mouse (pointer and mouse events from the browser's input pipeline), then reads the interaction's duration:
 * the longest event of the click's interaction (pointerdown, pointerup, click), or null when none reached 16 ms.
 * `granted` counts the gated components that show statistics as allowed afterwards.
 */
async function sample(browser, origin, entry, strays) {
  const context = await browser.newContext();
  watchStrays(context, origin, strays);
  try {
    const page = await context.newPage();
    await page.addInitScript(observeEvents, THRESHOLD);
    await page.goto(`${origin}/inp-${entry.id}/`, { waitUntil: 'load' });
    // The first match, as the timing pages' watcher takes it (the floor's accept is its banner's first button).
    const accept = page.locator(entry.accept).first();
    await accept.waitFor({ state: 'visible' });
    await sleep(200);
    await accept.click();
    await sleep(150);
    await frames(page);
    await frames(page);
    const { events, granted } = await page.evaluate(() => ({
      events: window.__events,
      granted: document.querySelectorAll('[data-gated="on"]').length,
    }));
    const interaction = events.filter((event) => event.interactionId > 0);
    return { inp: interaction.length ? Math.max(...interaction.map((event) => event.duration)) : null, granted };
  } finally {
    await context.close();
  }
}

/** `passes` passes of `loads` clicks per entry, round-robin (the timing run before has warmed every page); per pass and entry the median duration (null: < 16 ms). */
export async function measureInp(browser, origin, entries, { passes = 3, loads = 2, log = () => {} } = {}) {
  const strays = new Set();
  const results = [];
  for (let pass = 1; pass <= passes; pass++) {
    const samples = Object.fromEntries(entries.map(({ id }) => [id, []]));
    for (let round = 0; round < loads; round++) {
      for (let index = 0; index < entries.length; index++) {
        const entry = entries[(index + round) % entries.length];
        // A click that could not be made (the button never showed) is counted, not measured.
        samples[entry.id].push(
          await sample(browser, origin, entry, strays).catch(() => ({ failed: true, granted: 0 })),
        );
      }
    }
    results.push(
      Object.fromEntries(
        entries.map(({ id }) => {
          const list = samples[id].filter((s) => !s.failed);
          // Below the threshold counts as 0 for the median; the report prints it as "< 16".
          const values = list.map((s) => s.inp ?? 0);
          return [
            id,
            {
              inp: median(values),
              reported: list.filter((s) => s.inp !== null).length,
              granted: Math.min(...list.map((s) => s.granted)),
              loads: list.length,
              failed: samples[id].length - list.length,
            },
          ];
        }),
      ),
    );
    log(`INP pass ${pass}/${passes} done`);
  }
  return { passes: results, strays: [...strays] };
}
