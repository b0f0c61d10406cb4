// npm run bench: sizes, time to banner, the accept click's INP and re-render cost of charte and its peers (issues 6
// and 18). `node bench/run.mjs --sizes` (or BENCH_SIZES_ONLY=1) measures sizes only. While developing:
// BENCH_ONLY=charte,floor keeps those entries (and the control), BENCH_PASSES and BENCH_LOADS shorten the run.
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { launch, serve } from './browser.mjs';
import { BENCH, buildPage, buildServer, html, OUT } from './build.mjs';
import { pages as allPages } from './entries.mjs';
import { measureInp } from './inp.mjs';
import { inpTable, rerenderTable, sizeTable, targetTable18, timingTable } from './report.mjs';
import { measureRerender, rerenderPages } from './rerender.mjs';
import { measureSizes } from './sizes.mjs';
import { measureTiming } from './timing.mjs';

const sizesOnly = process.argv.includes('--sizes') || process.env.BENCH_SIZES_ONLY === '1';
const only = process.env.BENCH_ONLY?.split(',').map((id) => id.trim());
const pages = only ? allPages.filter((page) => page.id === 'control' || only.includes(page.id)) : allPages;
// The server-rendered page is a variant of charte's: its click is charte's, measured on the client-rendered page.
const inpPages = pages.filter((page) => !page.ssr);
const passes = Number(process.env.BENCH_PASSES ?? 3);
const loads = process.env.BENCH_LOADS && Number(process.env.BENCH_LOADS);
const started = performance.now();
const log = (message) => console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0)} s] ${message}`);

if (!existsSync(join(BENCH, '..', 'dist', 'index.js'))) {
  console.error('bench: dist/ is missing; run `npm run build` at the repo root first (npm run bench does).');
  process.exit(1);
}

const sizes = await measureSizes();
log('sizes measured');
let timing;
let rerender;
let inp;
let chromium;
if (!sizesOnly) {
  await rm(join(OUT, 'pages'), { recursive: true, force: true });
  const rendered = {};
  for (const page of pages.filter((page) => page.ssr)) {
    await buildPage(page.id, `import './${page.source}';`);
    const { render } = await buildServer(page.ssr);
    rendered[`/${page.id}/`] = (request) => html(page.id, render(request.headers));
  }
  for (const page of pages.filter((page) => !page.ssr)) {
    await buildPage(
      page.id,
      `import Consent from './${page.source}';\nimport { mount } from './host.jsx';\nmount(Consent);`,
    );
  }
  for (const page of inpPages) {
    await buildPage(
      `inp-${page.id}`,
      `import Consent from './${page.source}';\nimport Gated from './${page.gated}';\nimport { mountGated } from './host.jsx';\nmountGated(Consent, Gated);`,
    );
  }
  for (const page of rerenderPages) await buildPage(page.id, `import './${page.source}';`);
  log('pages built');
  const server = await serve(rendered);
  const browser = await launch();
  try {
    chromium = browser.version();
    timing = await measureTiming(browser, server.origin, pages, { log, passes, ...(loads && { loads }) });
    inp = await measureInp(browser, server.origin, inpPages, { log, passes });
    if (!only || only.includes('rerender')) {
      rerender = await measureRerender(browser, server.origin);
      log('re-render measured');
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

const seconds = ((performance.now() - started) / 1000).toFixed(0);
const sections = [
  `## Size\n\nesbuild ${(await import('esbuild')).version}: ESM, minified, browser, production, \`legalComments: none\`; react and react-dom external. kB = 1,000 bytes; gzip level 9, brotli quality 11.\n\n${sizeTable(sizes)}`,
];
if (timing) {
  sections.push(
    `## Time to banner\n\nMedians of ${timing.passes[0].control.loads} loads per pass after a warm-up, round-robin between entries, each in a fresh context; three passes, shown as pass 1 / 2 / 3. CPU: main-thread CPU time of the page's tasks (CDP \`Performance.getMetrics\`: TaskDuration − DevToolsCommandDuration, thread ticks) from navigation until the page is quiet (< 1 ms per 40 ms, twice) after the accept button is visible. To visible: \`performance.now()\` when the accept button is first visible (non-empty box, not \`visibility: hidden\`). Returning (every other load, ${timing.passes[0].control.returningLoads} per pass): the visitor accepted, then loads the page again in the same context; CPU until the host's own button is visible and the page is quiet.\n\n${timingTable(pages, timing)}`,
    `## Accept-click INP\n\nA page with 20 components gated on the statistics category, each reading consent as the entry's docs show; in a fresh context, once the page is quiet, a mouse click (Playwright \`page.click\`) on the accept-all button. Its duration: the longest Event Timing entry of the click's interaction (\`PerformanceObserver\` type \`event\`, \`durationThreshold: 16\`, buffered), which Chromium reports only from 16 ms on, rounded to 8 ms; a click with no entry counts as below 16 ms. ${inp.passes[0].control.loads} clicks per entry and pass, round-robin; medians per pass.\n\n${inpTable(inpPages, inp)}`,
    ...(rerender
      ? [
          `## Re-render\n\n1,000 gated components; one category flipped ${rerender[0].updates} times after a warm-up flip; medians. Update: from the call to the last commit.\n\n${rerenderTable(rerender)}`,
        ]
      : []),
  );
}
sections.push(
  `## Targets of issue 18\n\nVerdicts on the median of the three passes' medians; Δ as in the tables above.\n\n${targetTable18({ sizes, timing, inp })}`,
);
const environment = `Node ${process.version}, ${availableParallelism()} CPUs${chromium ? `, Chromium ${chromium}` : ''}; ${
  sizesOnly ? 'sizes only' : 'full run'
} in ${seconds} s.`;
const report = `${sections.join('\n\n')}\n\n${environment}\n`;
const strays = [...(timing?.strays ?? []), ...(inp?.strays ?? [])];
if (strays.length) console.error(`bench: requests left the loopback: ${strays.join(', ')}`);
await mkdir(OUT, { recursive: true });
await writeFile(join(OUT, sizesOnly ? 'sizes.md' : 'report.md'), report);
console.log(report);
