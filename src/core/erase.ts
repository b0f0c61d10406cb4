import type { CookieDefinition } from './catalogue';

/**
 * Deletes declared cookies (rule 13): host-only, on every parent domain of the page's host and on
 * every declared path and prefix of the page's path; RegExp names match the cookies the page can see, and a
 * cookie it cannot see is only deleted on the paths the catalogue declares: no blind writes on every load.
 * Declared localStorage keys are removed too. Does nothing outside a browser.
 */
export function eraseCookies(cookies: readonly CookieDefinition[]): void {
  try {
    erase(cookies);
  } catch {
    // document.cookie throws in a sandboxed frame without allow-same-origin: there is nothing to delete there.
  }
}

function erase(cookies: readonly CookieDefinition[]) {
  if (typeof document === 'undefined') return;
  // `__Secure-` and `__Host-` cookies are only replaced, hence deleted, by a Secure one.
  const secure = location.protocol === 'https:' ? '; Secure' : '';
  const labels = location.hostname.split('.');
  const domains = ['', ...labels.slice(0, -1).map((_, i) => `; Domain=${labels.slice(i).join('.')}`)];
  const segments = location.pathname.split('/');
  const declared = new Set(cookies.flatMap(({ path }) => (path ? [path] : [])));
  const paths = new Set([...segments.map((_, i) => segments.slice(0, i + 1).join('/') || '/'), ...declared]);
  const matching = ({ name }: CookieDefinition, names: string[]) =>
    typeof name === 'string' ? [name] : names.filter((candidate) => candidate.search(name) >= 0);
  const visible = document.cookie.split(';').map((pair) => pair.split('=')[0]?.trim() as string);
  for (const cookie of cookies) {
    if (cookie.storage === 'localStorage') {
      try {
        for (const key of matching(cookie, Object.keys(localStorage))) localStorage.removeItem(key);
      } catch {
        // localStorage blocked (SecurityError): nothing can have been stored there.
      }
      continue;
    }
    for (const name of matching(cookie, visible)) {
      // One the page cannot see is HttpOnly (out of a page's reach) or on another path: only a declared one can name it.
      const candidates = visible.includes(name) ? paths : declared;
      for (const domain of domains) {
        // biome-ignore lint/suspicious/noDocumentCookie: expiring a cookie needs the same attributes it was set with.
        for (const path of candidates) document.cookie = `${name}=; Max-Age=0; Path=${path}${domain}${secure}`;
      }
    }
  }
}
