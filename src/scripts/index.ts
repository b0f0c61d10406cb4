import type { AnyCatalogue, ConsentStore } from '../core';

/** Options of `activateScripts`. */
export interface ActivateScriptsOptions {
  /** Where to look for gated scripts, now and as they are added; `document` by default. */
  readonly root?: ParentNode & Node;
}

const GATED = 'script[type="text/plain"][data-category]';

/**
 * Runs the page's gated scripts once their consent is granted (rule 16):
 * `<script type="text/plain" data-category="statistics" [data-service="matomo"] [src]>`, and with
 * `data-category="!statistics"` (or `data-service="!matomo"`) once it is refused. Nothing runs before the stored choice is read.
 * Each script runs exactly once per page, keeping its `nonce` and other attributes; scripts added
 * to the page later are handled too.
 * Returns a function that stops watching.
 */
export function activateScripts<C extends AnyCatalogue>(
  store: ConsentStore<C>,
  { root = document }: ActivateScriptsOptions = {},
): () => void {
  const ran = new Set<string>();
  const isDue = (script: HTMLScriptElement) => {
    const { status, granted } = store.getSnapshot();
    // Until storage is read, the defaults would run exempt scripts the visitor may have opted out of.
    if (status === 'unknown') return false;
    // With data-service the service decides, else the category; `!id` runs once that id is refused.
    const { category = '', service } = script.dataset;
    const target = service ?? category;
    const flags = (service === undefined ? granted.categories : granted.services) as Record<string, boolean>;
    const refusal = target.startsWith('!');
    const on = flags[refusal ? target.slice(1) : target];
    // A refusal counts only once the visitor has chosen; before that, nothing is decided.
    return refusal ? status === 'decided' && on === false : on === true;
  };
  const run = (script: HTMLScriptElement) => {
    const live = document.createElement('script');
    for (const { name, value } of script.attributes) {
      if (name !== 'type' && name !== 'nonce') live.setAttribute(name, value);
    }
    // Browsers hide the nonce attribute once the page is parsed; the property keeps it.
    if (script.nonce) live.nonce = script.nonce;
    // A script created by script is async unless told otherwise: keep the page's order for the rest.
    live.async = script.hasAttribute('async');
    live.text = script.text;
    script.replaceWith(live);
  };
  const scan = () => {
    for (const script of root.querySelectorAll<HTMLScriptElement>(GATED)) {
      // While the page is parsed, an inline script may not have all its text yet.
      const parsing = document.readyState === 'loading' && !script.src && !script.nextSibling;
      // The same markup inserted again (a re-render, a client-side navigation) runs only once.
      const markup = script.outerHTML;
      if (parsing || !isDue(script)) continue;
      if (!ran.has(markup)) {
        try {
          run(script);
        } catch (error) {
          // A malformed attribute must not stop the other scripts, nor the store's listeners.
          globalThis.reportError?.(error);
        }
      }
      ran.add(markup);
    }
  };
  scan();
  document.addEventListener('DOMContentLoaded', scan, { once: true });
  const unsubscribe = store.subscribe(scan);
  const observer = new MutationObserver(scan);
  observer.observe(root, { childList: true, subtree: true });
  return () => {
    unsubscribe();
    observer.disconnect();
    document.removeEventListener('DOMContentLoaded', scan);
  };
}
