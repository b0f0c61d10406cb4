import type { AnyCatalogue, CookieDefinition } from './catalogue';

/** Whether a cookie or key called `name` matches a declared name: equal, or found by its RegExp. */
export const matchesDeclaredName = (declared: CookieDefinition['name'], name: string): boolean =>
  // `search` ignores a RegExp's `lastIndex`, so a `g` or `y` flag cannot make the answer alternate.
  typeof declared === 'string' ? declared === name : name.search(declared) >= 0;

/**
 * The names in a `Cookie` header or `document.cookie` that no cookie of the catalogue declares, once each, in
 * their order. `storageName`, the kit's own storage cookie, counts as declared.
 */
export function undeclaredCookies(cookieHeader: string, catalogue: AnyCatalogue, storageName?: string): string[] {
  const declared = catalogue.serviceIds
    .flatMap((id) => catalogue.services[id]?.cookies ?? [])
    .filter((cookie) => cookie.storage !== 'localStorage');
  const names = new Set(cookieHeader.split(';').map((pair) => pair.split('=')[0]?.trim() as string));
  return [...names].filter(
    (name) => name && name !== storageName && !declared.some((cookie) => matchesDeclaredName(cookie.name, name)),
  );
}

/** Names already warned about, per catalogue: a remount (or React's strict mode) warns no second time. */
const warned = new WeakMap<AnyCatalogue, Set<string>>();

/**
 * Warns in the console, once per name, about each cookie in `document.cookie` that the catalogue does not declare.
 * Meant for development: the provider calls it after hydration outside production builds.
 */
export function warnUndeclaredCookies(store: {
  readonly catalogue: AnyCatalogue;
  readonly storage: { readonly name?: string };
}): void {
  let cookies: string;
  try {
    cookies = typeof document === 'undefined' ? '' : document.cookie;
  } catch {
    // A sandboxed frame without allow-same-origin cannot read cookies.
    return;
  }
  const seen = warned.get(store.catalogue) ?? new Set<string>();
  warned.set(store.catalogue, seen);
  for (const name of undeclaredCookies(cookies, store.catalogue, store.storage.name)) {
    if (seen.has(name)) continue;
    seen.add(name);
    console.warn(`charte: the cookie "${name}" is not declared in the catalogue: visitors are not told of it.`);
  }
}
