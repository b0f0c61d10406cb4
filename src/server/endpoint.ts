import {
  type AnyCatalogue,
  ConsentOptionError,
  type ConsentRecord,
  type CookieOptions,
  checkMaxAgeDays,
  DEFAULT_COOKIE_NAME,
  DEFAULT_MAX_AGE_DAYS,
  encodeRecord,
  readConsent,
} from '../core';
import type { ConsentLog } from './log';
import { checkRecord, type RecordProblem } from './record';

/** Options of `createConsentEndpoint`. */
export interface ConsentEndpointOptions<C extends AnyCatalogue> {
  /** The catalogue the site's kit shows: records of another revision, or with other ids, are refused. */
  readonly catalogue: C;
  /** Where records are kept: `sqliteLog(path)` or `postgresLog(pool)`. */
  readonly log: ConsentLog;
  /** The storage cookie's options, as given to the provider: the response re-sets that cookie. */
  readonly cookie?: CookieOptions;
  /** The provider's `maxAgeDays` (183 by default): a record meant to last longer is refused. */
  readonly maxAgeDays?: number;
  /**
   * Origins of other sites whose pages may post, such as `https://www.example.fr` for `https://example.fr`'s
   * endpoint; the site's own origin needs no listing, behind a proxy too (it is checked against `Host` and
   * `X-Forwarded-Host`).
   */
  readonly allowedOrigins?: readonly string[];
  /** The current time in ms; `Date.now` by default. */
  readonly now?: () => number;
}

/** Bodies larger than this are refused unread: a record with 250 ids takes about 6 kB. */
export const MAX_BODY_BYTES = 8192;

const NO_STORE = { 'cache-control': 'no-store' };

const refuse = (status: number, problem: RecordProblem | { readonly error: string }) =>
  Response.json(problem, { status, headers: NO_STORE });

/** The body as text, or `null` when it is larger than `MAX_BODY_BYTES` (checked as it streams in). */
async function readBody(request: Request): Promise<string | null> {
  if (Number(request.headers.get('content-length')) > MAX_BODY_BYTES) return null;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
    size += chunk.value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader?.cancel();
      return null;
    }
    chunks.push(chunk.value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(body);
}

/** The hosts the request was sent to: its URL's, and its `Host` and `X-Forwarded-Host` headers' (set by a proxy). */
const hostsOf = (request: Request) => [
  new URL(request.url).host,
  request.headers.get('host'),
  request.headers.get('x-forwarded-host')?.split(',')[0]?.trim(),
];

/**
 * Why a request may not come from one of the site's pages, or `null`. Browsers send `Origin` with every POST and
 * `Sec-Fetch-Site` with every request, and no page can forge either: a cross-site page cannot post consent. As for
 * Next.js's Server Actions, the Origin's host must be one the request was sent to (Next.js names `localhost` in a
 * route handler's URL, whatever the browser asked for).
 */
function originProblem(request: Request, allowed: readonly string[]): RecordProblem | null {
  const origin = request.headers.get('origin');
  const site = request.headers.get('sec-fetch-site');
  const listed = origin !== null && allowed.includes(origin);
  const own = origin !== null && URL.canParse(origin) && hostsOf(request).includes(new URL(origin).host);
  if (origin !== null && !own && !listed) return { field: 'origin', problem: `${origin} is not this site` };
  if (site !== null && site !== 'same-origin' && !listed) {
    return { field: 'sec-fetch-site', problem: `a ${site} request cannot record consent` };
  }
  if (origin === null && site === null) {
    return {
      field: 'origin',
      problem: 'no Origin or Sec-Fetch-Site header: the request is not from a page of this site',
    };
  }
  return null;
}

/**
 * The consent endpoint: a Web-standard handler (a Next.js route handler, a React Router action, a Hono route;
 * `toNodeHandler` for `node:http` and Express). It takes the POST of a record as `charte/beacon` sends it, checks it
 * against the record's schema and `catalogue`, appends it to `log`, and answers `204` with a `Set-Cookie` that
 * re-sets the storage cookie for the choice's whole remaining life: Safari keeps a cookie set by the server beyond
 * the 7 days it allows one written by script (rule 26). A bad record gets `400` and a JSON body naming the field;
 * a request from another site gets `403`; nothing is written for either.
 */
export function createConsentEndpoint<C extends AnyCatalogue>(
  options: ConsentEndpointOptions<C>,
): (request: Request) => Promise<Response> {
  const { catalogue, log, cookie = {}, allowedOrigins = [], now = Date.now } = options;
  const maxAgeDays = checkMaxAgeDays(options.maxAgeDays ?? DEFAULT_MAX_AGE_DAYS);
  if (cookie.hostPrefix && cookie.domain) {
    throw new ConsentOptionError('cookie.domain', 'a __Host- cookie cannot have a Domain');
  }
  const name = `${cookie.hostPrefix ? '__Host-' : ''}${cookie.name ?? DEFAULT_COOKIE_NAME}`;
  const { domain, sameSite = 'Lax' } = cookie;
  const path = cookie.hostPrefix ? '/' : (cookie.path ?? '/');

  const cookieFor = (record: ConsentRecord<C>, request: Request, at: number) => {
    const maxAge = Math.floor((record.expiresAt - at) / 1000);
    // A retry from the outbox may post an older decision than the one the browser holds now: keep the newer.
    const held = readConsent(request.headers.get('cookie'), catalogue, { name, now: at, maxAgeDays });
    if (maxAge <= 0 || (held && held.id !== record.id && held.decidedAt >= record.decidedAt)) return null;
    const page = request.headers.get('origin') ?? request.url;
    const secure = cookie.hostPrefix || sameSite === 'None' || (cookie.secure ?? page.startsWith('https:'));
    return `${name}=${encodeRecord(record, catalogue)}; Max-Age=${maxAge}; Path=${path}; SameSite=${sameSite}${
      secure ? '; Secure' : ''
    }${domain ? `; Domain=${domain}` : ''}`;
  };

  return async (request) => {
    if (request.method !== 'POST') {
      return new Response(null, { status: 405, headers: { ...NO_STORE, allow: 'POST' } });
    }
    const forged = originProblem(request, allowedOrigins);
    if (forged) return refuse(403, forged);
    let value: unknown;
    try {
      const body = await readBody(request);
      if (body === null) return refuse(400, { field: 'body', problem: `larger than ${MAX_BODY_BYTES} bytes` });
      value = JSON.parse(body);
    } catch {
      return refuse(400, { field: 'body', problem: 'not a JSON document in UTF-8' });
    }
    const at = now();
    const checked = checkRecord(value, catalogue, { now: at, maxAgeDays });
    if ('problem' in checked) return refuse(400, checked.problem);
    const { record } = checked;
    let result: Awaited<ReturnType<ConsentLog['append']>>;
    try {
      result = await log.append(record, at);
    } catch (error) {
      console.error('charte/server: the proof log refused a record', error);
      // Not acknowledged: charte/beacon keeps the record and posts it again on the next page load.
      return refuse(503, { error: 'the proof log is unavailable' });
    }
    if (result === 'conflict') {
      return refuse(409, { field: 'id', problem: 'another record is already logged under this id' });
    }
    const headers = new Headers(NO_STORE);
    const setCookie = cookieFor(record, request, at);
    if (setCookie) headers.set('set-cookie', setCookie);
    return new Response(null, { status: 204, headers });
  };
}
