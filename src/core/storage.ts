import type { AnyCatalogue } from './catalogue';
import { decodeStored } from './codec';
import { ConsentOptionError } from './errors';
import type { ConsentRecord } from './record';

/** Where the encoded choice is kept. Methods may throw: the store then falls back to memory. */
export interface StorageAdapter {
  /** The cookie or key name, listed by the cookie table as the kit's own. */
  readonly name?: string;
  /** The stored value; several, separated by spaces, when cookies of one name exist on several domains. */
  read(): string | null;
  /** Keeps `value` for `maxAgeSeconds`. */
  write(value: string, maxAgeSeconds: number): void;
  clear(): void;
}

/** Options of the storage cookie. */
export interface CookieOptions {
  /** Cookie name; `charte` by default. */
  readonly name?: string;
  /** Set only to share the choice with sibling subdomains; host-only by default. */
  readonly domain?: string;
  /** `/` by default. */
  readonly path?: string;
  /** `Lax` by default. */
  readonly sameSite?: 'Lax' | 'Strict' | 'None';
  /** Defaults to whether the page is served over https. */
  readonly secure?: boolean;
  /**
   * Name the cookie `__Host-<name>`: browsers then keep it only when `Secure`, on `/` and host-only, so no
   * sibling subdomain can set or shadow it. https only; `domain` cannot be set with it.
   */
  readonly hostPrefix?: boolean;
}

/** The storage cookie's default name. */
export const DEFAULT_COOKIE_NAME = 'charte';

/** Every value of `name` in a `Cookie` header or `document.cookie`, in its order, separated by spaces. */
const cookieValues = (header: string, name: string) =>
  header
    .split(';')
    .map((pair) => pair.trim())
    .filter((pair) => pair.startsWith(`${name}=`))
    .map((pair) => pair.slice(name.length + 1))
    .join(' ') || null;

/** The storage cookie's name for `options`: `charte` by default, `__Host-` first with `hostPrefix`. */
export const storageCookieName = ({ hostPrefix, name = DEFAULT_COOKIE_NAME }: CookieOptions = {}) =>
  `${hostPrefix ? '__Host-' : ''}${name}`;

/** The first-party storage cookie (rule 11): `Path=/`, `SameSite=Lax`, `Secure` on https, host-only unless `domain` is set. */
export function cookieAdapter(options: CookieOptions = {}): StorageAdapter {
  const { hostPrefix, domain, sameSite = 'Lax' } = options;
  if (hostPrefix && domain) throw new ConsentOptionError('cookie.domain', 'a __Host- cookie cannot have a Domain');
  const name = storageCookieName(options);
  const path = hostPrefix ? '/' : (options.path ?? '/');
  const set = (value: string, maxAge: number) => {
    const secure = hostPrefix || (options.secure ?? globalThis.location?.protocol === 'https:');
    // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is not in every browser; the value is the codec's cookie-safe output.
    document.cookie = `${name}=${value}; Path=${path}; Max-Age=${Math.floor(maxAge)}; SameSite=${sameSite}${
      secure || sameSite === 'None' ? '; Secure' : ''
    }${domain ? `; Domain=${domain}` : ''}`;
  };
  return {
    name,
    read: () => cookieValues(document.cookie, name),
    write: set,
    clear: () => set('', 0),
  };
}

/** Keeps the choice in `localStorage` under `key` (`charte` by default). */
export function localStorageAdapter(key = DEFAULT_COOKIE_NAME): StorageAdapter {
  return {
    name: key,
    read: () => localStorage.getItem(key),
    write: (value) => localStorage.setItem(key, value),
    clear: () => localStorage.removeItem(key),
  };
}

/** Keeps the choice for the page's lifetime only. */
export function memoryAdapter(initial: string | null = null): StorageAdapter {
  let stored = initial;
  return {
    read: () => stored,
    write: (value) => {
      stored = value;
    },
    clear: () => {
      stored = null;
    },
  };
}

/**
 * Wraps `adapter` so that the first exception (blocked cookies, private mode, quota)
 * switches to memory for the rest of the page's lifetime (rule 24).
 */
export function fallbackToMemory(adapter: StorageAdapter): StorageAdapter {
  const memory = memoryAdapter();
  let target = adapter;
  const run = <T>(operation: (on: StorageAdapter) => T): T => {
    try {
      return operation(target);
    } catch {
      target = memory;
      return operation(memory);
    }
  };
  return {
    read: () => run((on) => on.read()),
    write(value, maxAgeSeconds) {
      memory.write(value, maxAgeSeconds);
      run((on) => {
        on.write(value, maxAgeSeconds);
        // Cookies disabled: the write "succeeds" and nothing is kept.
        if (!on.read()?.split(' ').includes(value)) throw new Error('not kept');
      });
    },
    clear() {
      memory.clear();
      run((on) => on.clear());
    },
  };
}

/** Options of `readConsent`. */
export interface ReadConsentOptions {
  /** The storage cookie's name, as given to the provider. */
  readonly name?: string;
  /** The current time in milliseconds. */
  readonly now?: number;
  /** The provider's `maxAgeDays`: a stored choice set to live longer is ignored. */
  readonly maxAgeDays?: number;
}

/**
 * Reads the choice in force (of the catalogue's revision) from a request's `Cookie` header, on a server.
 * With several cookies of that name (host and parent domain) the one granting least counts, as in the browser.
 */
export function readConsent<C extends AnyCatalogue>(
  cookieHeader: string | null | undefined,
  catalogue: C,
  options: ReadConsentOptions = {},
): ConsentRecord<C> | null {
  const value = cookieValues(`${cookieHeader ?? ''}`, options.name ?? DEFAULT_COOKIE_NAME);
  const record = decodeStored(value, catalogue, options.now ?? Date.now(), options.maxAgeDays);
  return record?.revision === catalogue.revision ? record : null;
}

/** A request's headers: the Fetch API's `Headers` (Next's `headers()`), or Node's `IncomingHttpHeaders`. */
export type RequestHeaders =
  | { get(name: string): string | null }
  | Readonly<Record<string, string | string[] | undefined>>;

/** Options of `readRequestConsent`. */
export interface ReadRequestConsentOptions extends ReadConsentOptions {
  /** The provider's `globalPrivacyControl`: `false` ignores the request's `Sec-GPC` header. */
  readonly globalPrivacyControl?: boolean;
}

/**
 * Reads a request for the provider's `serverConsent`: the choice in force; `null` when there is none and the visitor
 * must choose, so the banner is in the server HTML; `undefined` with `Sec-GPC: 1`, which the client records as a
 * refusal (rule 14), so no banner is rendered.
 */
export function readRequestConsent<C extends AnyCatalogue>(
  headers: RequestHeaders,
  catalogue: C,
  options: ReadRequestConsentOptions = {},
): ConsentRecord<C> | null | undefined {
  const header = (name: string) => {
    const value = typeof headers.get === 'function' ? headers.get(name) : (headers as Record<string, unknown>)[name];
    return Array.isArray(value) ? value.join('; ') : typeof value === 'string' ? value : null;
  };
  const record = readConsent(header('cookie'), catalogue, options);
  // https://w3c.github.io/gpc/#the-sec-gpc-header-field-for-http-requests: the value is exactly "1".
  return record ?? (options.globalPrivacyControl !== false && header('sec-gpc')?.trim() === '1' ? undefined : null);
}
