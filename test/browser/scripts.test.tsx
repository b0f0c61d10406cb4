import { afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { createConsentStore, memoryAdapter } from '../../src/core';
import { activateScripts } from '../../src/scripts';
import { montreuilDemo } from '../fixtures/montreuil';

const STATS = '/test/browser/fixtures/stats.js';
declare global {
  var statsRuns: number | undefined;
}

let stop = () => {};
afterEach(() => {
  stop();
  for (const script of document.querySelectorAll('script[data-category]')) script.remove();
  globalThis.statsRuns = undefined;
});

/** The page as a host writes it: a gated audience script, waiting for the statistics category. */
function pageWithGatedScript(storage = memoryAdapter()) {
  const gated = document.createElement('script');
  gated.type = 'text/plain';
  gated.dataset.category = 'statistics';
  // A fresh query each time, so no test is answered from the browser's cache without a request.
  gated.src = `${STATS}?load=${crypto.randomUUID()}`;
  document.body.append(gated);
  const store = createConsentStore({ catalogue: montreuilDemo, storage });
  stop = activateScripts(store);
  store.hydrate();
  return store;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('A gated <script type="text/plain" data-category="statistics" src> (rule 16)', () => {
  describe('given no choice yet', () => {
    describe('when all is accepted, then refused and accepted again', () => {
      it('is not requested before consent, then requested and run exactly once', async () => {
        await commands.countRequests(STATS);
        const store = pageWithGatedScript();
        await settle();
        expect(await commands.requestsSent(STATS)).toBe(0);
        expect(globalThis.statsRuns).toBeUndefined();

        store.send({ type: 'ACCEPT_ALL' });
        await expect.poll(() => globalThis.statsRuns, { timeout: 10_000 }).toBe(1);
        store.send({ type: 'REJECT_ALL' });
        store.send({ type: 'ACCEPT_ALL' });
        await settle();
        expect(await commands.requestsSent(STATS)).toBe(1);
        expect(globalThis.statsRuns).toBe(1);
      });
    });

    describe('when all is refused', () => {
      it('is never requested', async () => {
        await commands.countRequests(STATS);
        const store = pageWithGatedScript();
        store.send({ type: 'REJECT_ALL' });
        await settle();
        expect(await commands.requestsSent(STATS)).toBe(0);
        expect(globalThis.statsRuns).toBeUndefined();
      });
    });
  });

  describe('given an acceptance stored by an earlier page', () => {
    describe('when the page loads', () => {
      it('is requested and run once', async () => {
        const storage = memoryAdapter();
        createConsentStore({ catalogue: montreuilDemo, storage }).send({ type: 'ACCEPT_ALL' });
        await commands.countRequests(STATS);
        pageWithGatedScript(storage);
        await expect.poll(() => globalThis.statsRuns, { timeout: 10_000 }).toBe(1);
        expect(await commands.requestsSent(STATS)).toBe(1);
      });
    });
  });
});
