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
 * `data-category="!statistics"` once it is refused. Each runs exactly once per page, keeping its `nonce`,
 * `async`, `defer` and other attributes; scripts added to the page later are handled too.
 * Returns a function that stops watching.
 */
export function activateScripts<C extends AnyCatalogue>(
  store: ConsentStore<C>,
  { root = document }: ActivateScriptsOptions = {},
): () => void {
  const isDue = (script: HTMLScriptElement) => {
    const { status, granted } = store.getSnapshot();
    const category = script.dataset.category ?? '';
    const refusal = category.startsWith('!');
    const id = refusal ? category.slice(1) : category;
    const { service } = script.dataset;
    const on =
      service === undefined
        ? (granted.categories as Record<string, boolean>)[id]
        : (granted.services as Record<string, boolean>)[service];
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
    for (const script of root.querySelectorAll<HTMLScriptElement>(GATED)) if (isDue(script)) run(script);
  };
  scan();
  const unsubscribe = store.subscribe(scan);
  const observer = new MutationObserver(scan);
  observer.observe(root, { childList: true, subtree: true });
  return () => {
    unsubscribe();
    observer.disconnect();
  };
}
