import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints, after Vitest's own report, how many tests each project ran (the stories tested in
 * Chromium among them) and a plain "N passed, N failed" line that CI reads.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const projects = new Map<string, { passed: number; failed: number; skipped: number }>();
    for (const module of testModules) {
      const counts = projects.get(module.project.name) ?? { passed: 0, failed: 0, skipped: 0 };
      for (const test of module.children.allTests()) {
        const { state } = test.result();
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else counts.skipped++;
      }
      projects.set(module.project.name, counts);
    }
    const total = { passed: 0, failed: 0 };
    console.log('');
    for (const [name, counts] of projects) {
      const label = name.startsWith('storybook') ? 'stories tested in Chromium' : `${name} tests`;
      console.log(`  ${label}: ${counts.passed + counts.failed} run (${counts.passed} passed)`);
      total.passed += counts.passed;
      total.failed += counts.failed;
    }
    console.log(`${total.passed} passed, ${total.failed} failed`);
  }
}
