/// <reference types="vite/client" />
import '../../src/styles/charte.css';
import type { ReactNode } from 'react';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach } from 'vitest';
import { page } from 'vitest/browser';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;
// Vitest's page says `<html lang="en">`, which the kit follows without `lng`: the tests' page is a French site.
document.documentElement.lang = 'fr';

let root: Root | undefined;
let container: HTMLElement | undefined;

/** Renders into a fresh container of the real page, with the kit's stylesheet loaded. */
export async function render(node: ReactNode) {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root?.render(node));
  await settled();
  return container;
}

/** Real input through the browser, with React's updates flushed before it returns. */
export async function user(action: () => Promise<void>) {
  await act(action);
  await settled();
}

/**
 * Waits for what comes later on its own (a language's strings, the dialog's body), as Testing Library's `waitFor`
 * does: React is told it is outside a test meanwhile, so the update that ends the wait is not reported as unwrapped.
 */
export async function eventually(wait: () => Promise<unknown>) {
  globalThis.IS_REACT_ACT_ENVIRONMENT = false;
  try {
    await wait();
  } finally {
    globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  }
  await settled();
}

/** Resizes the viewport; the banner measures itself again (a ResizeObserver), which React flushes before this returns. */
export async function resize(width: number, height: number) {
  await act(async () => {
    await page.viewport(width, height);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  });
}

/** Waits for the kit's fade-in animations to end, so colours are measured at full opacity. */
export async function settled() {
  await act(async () => {
    await Promise.all(document.getAnimations().map((animation) => animation.finished));
  });
}

afterEach(async () => {
  await act(async () => root?.unmount());
  container?.remove();
  delete document.documentElement.dataset.charteScheme;
  document.documentElement.style.removeProperty('font-size');
});
