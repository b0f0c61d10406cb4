import { useLayoutEffect } from 'react';

/** Renders of probed components, and the time of the last commit that reached one of them. */
export const probe = { renders: 0, lastCommit: 0 };

/** Counts a render of the calling component, and notes when React commits it. */
export function useProbe() {
  probe.renders++;
  useLayoutEffect(() => {
    probe.lastCommit = performance.now();
  });
}

const quiet = async () => {
  for (let seen = -1; seen !== probe.lastCommit; ) {
    seen = probe.lastCommit;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

/**
 * Flips one category `updates` times (after one warm-up flip) with `set(granted)`; each sample is the number of
 * probed renders and the time from the call to the last commit, once nothing has committed for 100 ms.
 */
export async function measure(set, updates) {
  await quiet();
  const samples = [];
  for (let index = 0; index <= updates; index++) {
    probe.renders = 0;
    const start = performance.now();
    probe.lastCommit = start;
    await set(index % 2 === 0);
    await quiet();
    samples.push({ renders: probe.renders, ms: probe.lastCommit - start });
  }
  return samples.slice(1);
}
