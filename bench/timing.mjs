import { setTimeout as sleep } from 'node:timers/promises';
import { watchStrays } from './browser.mjs';

/**
 * Runs in every document before its scripts: resolves `__bench.visible` with `performance.now()` (milliseconds since
 * navigation start) when the accept button (the host's own button on a `?returning` load) is first visible, and
 * notes whether `banner` was ever in the document. Only an element it found is laid out: no forced layout before.
 */
function watcher({ accept, banner }) {
  const target = location.search === '?returning' ? '#app-button' : accept;
  const state = { bannerSeen: false };
  state.visible = new Promise((resolve) => {
    state.resolve = resolve;
  });
  window.__bench = state;
  const isVisible = (element) => {
    if (!element) return false;
    const { width, height } = element.getBoundingClientRect();
    return width > 0 && height > 0 && element.checkVisibility({ visibilityProperty: true });
  };
  const check = () => {
    if (banner && !state.bannerSeen && document.querySelector(banner)) state.bannerSeen = true;
    if (state.visibleAt === undefined && isVisible(document.querySelector(target))) {
      state.visibleAt = performance.now();
      state.resolve(state.visibleAt);
    }
    return state.visibleAt !== undefined;
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
  // Styles alone can reveal an element: check every frame too, until it is visible.
  const frame = () => {
    if (!check()) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/**
 * Main-thread task time of the document so far, in milliseconds of thread CPU time, without the time spent on
 * DevTools commands: Playwright's and these very `getMetrics` calls.
 */
async function taskTime(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name) => metrics.find((metric) => metric.name === name).value * 1000;
  return value('TaskDuration') - value('DevToolsCommandDuration');
}

/**
 * Waits until the main thread has done less than 1 ms of work in each of two 40 ms windows with no request in
 * flight (tarteaucitron fetches its files after the load event); returns its total.
 */
async function settle({ cdp, requests }) {
  let last = await taskTime(cdp);
  for (let quiet = 0, rounds = 0; quiet < 2 && rounds < 50; rounds++) {
    await sleep(40);
    const now = await taskTime(cdp);
    quiet = now - last < 1 && requests.size === 0 ? quiet + 1 : 0;
    last = now;
  }
  return last;
}

/**
 * Navigates `page` to `url`; resolves when the watched element is visible and the page has settled.
 * `afterVisible` runs once the element is visible, before the page settles.
 */
async function load({ page, cdp, requests }, url, afterVisible = () => {}) {
  const before = await taskTime(cdp);
  await page.goto(url, { waitUntil: 'commit' });
  // Chromium may count from zero again in the new document (as it does with a new document per navigation).
  const baseline = (await taskTime(cdp)) < before ? 0 : before;
  const visibleAt = await page.evaluate(() => window.__bench.visible);
  afterVisible();
  const cpu = (await settle({ cdp, requests })) - baseline;
  const bannerSeen = await page.evaluate(() => window.__bench.bannerSeen);
  return { cpu, visibleAt, bannerSeen };
}

/** A fresh context with a blank page whose watcher and metrics are ready (its renderer process is up). */
async function open(browser, origin, entry, strays) {
  const context = await browser.newContext();
  watchStrays(context, origin, strays);
  const page = await context.newPage();
  await page.addInitScript(watcher, { accept: entry.accept, banner: entry.banner });
  const cdp = await context.newCDPSession(page);
  // threadTicks: task durations in CPU time of the main thread, not wall time.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const requests = new Set();
  page.on('request', (request) => requests.add(request));
  for (const done of ['requestfinished', 'requestfailed']) page.on(done, (request) => requests.delete(request));
  return { context, page, cdp, requests };
}

/**
 * One sample of an entry in the fresh context `opened`: a first visit (time to the accept button); if `returning`,
 * the visitor then accepts and loads the page again (time to the host's own button, and whether the banner was
 * created). `openNext` starts opening the next sample's context once the first visit's wall time is known: a new
 * renderer process takes about half a second on two cores, and measures CPU time of another process's thread only.
 */
async function sample(opened, origin, { entry, returning }, openNext) {
  const { context, page } = opened;
  const url = `${origin}/${entry.id}/`;
  try {
    const first = await load(opened, url, openNext);
    if (!returning) return { cpu: first.cpu, wall: first.visibleAt };
    if (entry.banner) {
      await page.evaluate((accept) => document.querySelector(accept).click(), entry.accept);
      // Time for a library that writes the choice asynchronously (c15t) to store it.
      await sleep(100);
    }
    const back = await load(opened, `${url}?returning`);
    return { cpu: first.cpu, wall: first.visibleAt, returningCpu: back.cpu, returningBanner: back.bannerSeen };
  } finally {
    await context.close();
  }
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * `passes` passes of `loads` samples per entry, round-robin between entries, after one warm-up sample each; every
 * other round also measures the returning visitor, to keep the run within ten minutes on two busy cores.
 * Per pass and entry: medians of first-visit CPU and wall time and of returning-visitor CPU.
 */
export async function measureTiming(browser, origin, entries, { passes = 3, loads = 3, log = () => {} } = {}) {
  const schedule = entries.map((entry) => ({ entry, pass: 0, returning: false }));
  for (let pass = 1; pass <= passes; pass++) {
    for (let round = 0; round < loads; round++) {
      // A rotating start, so that no entry always follows the same one.
      for (let index = 0; index < entries.length; index++) {
        schedule.push({ entry: entries[(index + round) % entries.length], pass, returning: round % 2 === 0 });
      }
    }
  }
  const strays = new Set();
  const samples = Array.from({ length: passes + 1 }, () => Object.fromEntries(entries.map(({ id }) => [id, []])));
  let next = open(browser, origin, schedule[0].entry, strays);
  for (const [index, step] of schedule.entries()) {
    const opened = await next;
    next = undefined;
    const openNext = () => {
      if (!next && index + 1 < schedule.length) next = open(browser, origin, schedule[index + 1].entry, strays);
    };
    samples[step.pass][step.entry.id].push(await sample(opened, origin, step, openNext));
    openNext();
    if (schedule[index + 1]?.pass !== step.pass && step.pass > 0) log(`timing pass ${step.pass}/${passes} done`);
  }
  const results = samples.slice(1).map((pass) =>
    Object.fromEntries(
      entries.map(({ id }) => {
        const list = pass[id];
        const back = list.filter((s) => s.returningCpu !== undefined);
        return [
          id,
          {
            cpu: median(list.map((s) => s.cpu)),
            wall: median(list.map((s) => s.wall)),
            returningCpu: median(back.map((s) => s.returningCpu)),
            returningBanner: back.filter((s) => s.returningBanner).length,
            loads: list.length,
            returningLoads: back.length,
          },
        ];
      }),
    ),
  );
  return { passes: results, strays: [...strays] };
}
