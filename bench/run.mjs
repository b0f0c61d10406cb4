// npm run bench: sizes, time to banner and re-render cost of charte and its peers (issue 6).
// `node bench/run.mjs --sizes` (or BENCH_SIZES_ONLY=1) measures sizes only.
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { launch, serve } from './browser.mjs';
import { BENCH, buildPage, OUT } from './build.mjs';
import { pages } from './entries.mjs';
import { rerenderTable, sizeTable, targetTable, timingTable } from './report.mjs';
import { measureRerender, rerenderPages } from './rerender.mjs';
import { measureSizes } from './sizes.mjs';
import { measureTiming } from './timing.mjs';

const sizesOnly = process.argv.includes('--sizes') || process.env.BENCH_SIZES_ONLY === '1';
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
let chromium;
if (!sizesOnly) {
  await rm(join(OUT, 'pages'), { recursive: true, force: true });
  for (const page of pages) {
    await buildPage(
      page.id,
      `import Consent from './${page.source}';\nimport { mount } from './host.jsx';\nmount(Consent);`,
    );
  }
  for (const page of rerenderPages) await buildPage(page.id, `import './${page.source}';`);
  log('pages built');
  const server = await serve();
  const browser = await launch();
  try {
    chromium = browser.version();
    timing = await measureTiming(browser, server.origin, pages, { log });
    rerender = await measureRerender(browser, server.origin);
    log('re-render measured');
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
    `## Time to banner\n\nMedians of 10 loads per pass after a warm-up, round-robin between entries, each in a fresh context; three passes, shown as pass 1 / 2 / 3. CPU: main-thread CPU time of the page's tasks (CDP \`Performance.getMetrics\`: TaskDuration − DevToolsCommandDuration, thread ticks) from navigation until the page is quiet (< 1 ms per 40 ms, twice) after the accept button is visible. To visible: \`performance.now()\` when the accept button is first visible (non-empty box, not \`visibility: hidden\`). Returning (every other load, 5 per pass): the visitor accepted, then loads the page again in the same context; CPU until the host's own button is visible and the page is quiet.\n\n${timingTable(pages, timing)}`,
    `## Re-render\n\n1,000 gated components; one category flipped ${rerender[0].updates} times after a warm-up flip; medians. Update: from the call to the last commit.\n\n${rerenderTable(rerender)}`,
  );
}
sections.push(`## Targets of issue 6\n\n${targetTable({ sizes, timing, rerender })}`);
const environment = `Node ${process.version}, ${availableParallelism()} CPUs${chromium ? `, Chromium ${chromium}` : ''}; ${
  sizesOnly ? 'sizes only' : 'full run'
} in ${seconds} s.`;
const report = `${sections.join('\n\n')}\n\n${environment}\n`;
if (timing?.strays.length) console.error(`bench: requests left the loopback: ${timing.strays.join(', ')}`);
await mkdir(OUT, { recursive: true });
await writeFile(join(OUT, sizesOnly ? 'sizes.md' : 'report.md'), report);
console.log(report);
