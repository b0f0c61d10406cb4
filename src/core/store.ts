import type { AnyCatalogue, CategoryIdOf, ServiceIdOf } from './catalogue';
import { decodeStored, encodeRecord } from './codec';
import { eraseCookies } from './erase';
import { randomId } from './id';
import { type ConsentEvent, type ConsentState, initialState, transition } from './machine';
import { type Choices, type ConsentRecord, checkMaxAgeDays, DEFAULT_MAX_AGE_DAYS } from './record';
import { type CookieOptions, cookieAdapter, fallbackToMemory, type StorageAdapter } from './storage';

/** What changed in what may run, passed to `onChange`. */
export interface ConsentChange<C extends AnyCatalogue = AnyCatalogue> {
  /** Categories and services that became granted. */
  readonly granted: { readonly categories: CategoryIdOf<C>[]; readonly services: ServiceIdOf<C>[] };
  /** Categories and services that were withdrawn. */
  readonly revoked: { readonly categories: CategoryIdOf<C>[]; readonly services: ServiceIdOf<C>[] };
  readonly state: ConsentState<C>;
}

/** One transition, as the store's effects see it. */
interface Step<C extends AnyCatalogue> extends Omit<ConsentChange<C>, 'state'> {
  readonly previous: ConsentState<C>;
  readonly next: ConsentState<C>;
  /** The record a decision made (`null` after a reset), or `undefined` when nothing was decided. */
  readonly decision: ConsentRecord<C> | null | undefined;
}

/** Ids whose flag became `to`. */
function turned<C extends AnyCatalogue>(before: Choices<C>, after: Choices<C>, to: boolean) {
  const pick = (from: Record<string, boolean>, next: Record<string, boolean>) =>
    Object.keys(next).filter((id) => next[id] === to && from[id] !== to);
  return {
    categories: pick(before.categories, after.categories) as CategoryIdOf<C>[],
    services: pick(before.services, after.services) as ServiceIdOf<C>[],
  };
}

const count = (ids: { categories: unknown[]; services: unknown[] }) => ids.categories.length + ids.services.length;

/** Options of `createConsentStore`. */
export interface ConsentStoreOptions<C extends AnyCatalogue> {
  readonly catalogue: C;
  /** Where the choice is kept; the storage cookie by default. */
  readonly storage?: StorageAdapter;
  /** Options of the default storage cookie. */
  readonly cookie?: CookieOptions;
  /** How long a choice lasts, 183 days (six months) by default, 395 (13 months) at most. */
  readonly maxAgeDays?: number;
  /**
   * The choice read on the server (`readConsent`), so server and first client render agree. When storage holds no
   * choice on the first read, it stays in force and is stored (a test's `testConsent`); a stored choice wins over it.
   */
  readonly initialConsent?: ConsentRecord<C> | null;
  /**
   * What the server read from the request (`readRequestConsent`): its choice, or `null` when it read the cookie and
   * found none, so the banner is in its HTML; wins over `initialConsent`. Absent: not read (a static page).
   */
  readonly serverConsent?: ConsentRecord<C> | null | undefined;
  /** Called when what may run changes. */
  readonly onChange?: (change: ConsentChange<C>) => void;
  /** Called once per decision with its record, to keep proof server-side (rule 10). */
  readonly onConsentRecorded?: (record: ConsentRecord<C>) => void;
  /** Language of the texts the visitor sees, written into each record; `'fr'` by default. */
  readonly lng?: () => string;
  /** The interface's strings as the visitor sees them, hashed into each record's `catalogueHash`. */
  readonly texts?: () => string;
  /** Reads `navigator.globalPrivacyControl` as a refusal when there is no choice yet (rule 14); `true` by default. */
  readonly globalPrivacyControl?: boolean;
  /** Reloads the page after a withdrawal, so that scripts already running stop (rule 13). */
  readonly reloadOnWithdraw?: boolean;
  /** Lets decisions count when the page is framed by another origin; off, so no site can clickjack consent. */
  readonly allowInFrame?: boolean;
  /** Current time in milliseconds; `Date.now` by default. */
  readonly now?: () => number;
  /** Random id of a record; a UUID v4 by default. */
  readonly createId?: () => string;
}

/** The consent store: framework-agnostic, one per provider. */
export interface ConsentStore<C extends AnyCatalogue = AnyCatalogue> {
  readonly catalogue: C;
  /** Where the choice is kept, as configured. */
  readonly storage: StorageAdapter;
  /** How long a choice lasts, in days. */
  readonly maxAgeDays: number;
  getSnapshot(): ConsentState<C>;
  /**
   * The state a client renders: before `hydrate()`, the first call reads storage, writing nothing, so a first
   * visit's banner is in the first commit; `hydrate()` then runs what reading storage sets off.
   */
  getClientSnapshot(): ConsentState<C>;
  /** The state the server rendered with; never changes. */
  getServerSnapshot(): ConsentState<C>;
  subscribe(listener: () => void): () => void;
  send(event: ConsentEvent<C>): void;
  /**
   * Reads the stored choice and sends `HYDRATE`, applies GPC, then follows decisions made in other tabs;
   * call it once on the client. Returns the function that stops following them.
   */
  hydrate(): () => void;
}

/** Whether the browser sends Global Privacy Control (https://w3c.github.io/gpc/). */
const gpcSignal = () =>
  (globalThis.navigator as { globalPrivacyControl?: unknown } | undefined)?.globalPrivacyControl === true;

const DECISIONS = new Set(['ACCEPT_ALL', 'REJECT_ALL', 'SAVE']);

/** Whether another origin frames the page: its `location` is then out of reach. */
function framedByAnotherOrigin() {
  try {
    return globalThis.top !== globalThis.self && !globalThis.top?.location.href;
  } catch {
    return true;
  }
}

/** Runs a host callback; its exception is reported as uncaught (`reportError`), never thrown into the kit. */
function isolate(callback: () => void) {
  try {
    callback();
  } catch (error) {
    (globalThis.reportError ?? console.error)(error);
  }
}

/** Creates a consent store for `catalogue`. It touches no storage until `hydrate()` or a decision. */
export function createConsentStore<C extends AnyCatalogue>(options: ConsentStoreOptions<C>): ConsentStore<C> {
  const { catalogue, onChange, onConsentRecorded, now = Date.now, createId = randomId, lng = () => 'fr' } = options;
  const maxAgeDays = checkMaxAgeDays(options.maxAgeDays ?? DEFAULT_MAX_AGE_DAYS);
  const configured = options.storage ?? cookieAdapter(options.cookie);
  const storage = fallbackToMemory(configured);
  const { serverConsent } = options;
  const gpcRefuses = () => options.globalPrivacyControl !== false && gpcSignal();
  const fromServer = initialState(
    catalogue,
    serverConsent === undefined ? (options.initialConsent ?? null) : serverConsent,
  );
  // The server read no choice, so the visitor must choose. A GPC signal the server did not see (no `Sec-GPC`) is read
  // in `hydrate()`, after hydration, so that server and client render the same HTML.
  const serverState =
    serverConsent === null ? { ...fromServer, status: 'pending' as const, view: 'banner' as const } : fromServer;
  const listeners = new Set<() => void>();
  let state = serverState;
  // The stored value this tab last wrote or read, and the channel other tabs announce theirs on.
  let seen: string | null = null;
  let channel: BroadcastChannel | undefined;
  let hydrated = false;
  // What the first client render read from storage (`getClientSnapshot`) and the state it showed, until `hydrate()`.
  let preview: { value: string | null; shown: ConsentState<C> } | undefined;

  const read = (value: string | null) => decodeStored(value, catalogue, now(), maxAgeDays);

  const persist = (record: ConsentRecord<C> | null) => {
    seen = record && encodeRecord(record, catalogue);
    if (record) storage.write(seen as string, (record.expiresAt - now()) / 1000);
    else storage.clear();
    // The value itself: another tab may receive the message before it can read the new cookie.
    channel?.postMessage(seen);
  };

  /** The work after a transition, all here and in this order; each effect looks at the step just taken. */
  const effects: readonly ((step: Step<C>) => unknown)[] = [
    function persistDecision({ decision }) {
      if (decision !== undefined) persist(decision);
    },
    function recordDecision({ decision }) {
      if (decision && onConsentRecorded) isolate(() => onConsentRecorded(decision));
    },
    function notify() {
      for (const listener of listeners) listener();
    },
    function eraseRefused({ previous, next }) {
      // Rule 13: every service not granted has its cookies deleted whenever what may run is settled anew, so a
      // withdrawal after an expiry or a revision, or a cookie missed earlier, is caught too.
      if (next.granted === previous.granted || next.status === 'unknown') return;
      const services = next.granted.services as Record<string, boolean>;
      eraseCookies(catalogue.serviceIds.flatMap((id) => (services[id] ? [] : (catalogue.services[id]?.cookies ?? []))));
    },
    function reportChange({ next, granted, revoked }) {
      if (onChange && count(granted) + count(revoked) > 0) isolate(() => onChange({ granted, revoked, state: next }));
    },
    function reloadOnWithdraw({ revoked }) {
      // Reading storage on load is no withdrawal, even when it refuses what the defaults granted.
      if (hydrated && options.reloadOnWithdraw && count(revoked) > 0) location.reload();
    },
  ];

  const send = (event: ConsentEvent<C>) => {
    // A click recorded inside another site's frame may be clickjacked; the browser's own GPC signal is not.
    const deciding = DECISIONS.has(event.type);
    const clicked = deciding && !('method' in event && event.method === 'gpc');
    if (clicked && !options.allowInFrame && framedByAnotherOrigin()) return;
    const previous = state;
    const next = transition(previous, event, {
      catalogue,
      now: now(),
      maxAgeDays,
      createId,
      lng: lng(),
      // Serialising the interface's strings is only worth it for a decision's record.
      texts: deciding ? (options.texts?.() ?? '') : '',
    });
    // Reading storage (HYDRATE) is no decision: nothing to write back, nothing to record.
    if (next !== previous) commit(previous, next, event.type !== 'HYDRATE');
  };

  const commit = (previous: ConsentState<C>, next: ConsentState<C>, deciding: boolean) => {
    state = next;
    const step = {
      previous,
      next,
      decision: next.record !== previous.record && deciding ? next.record : undefined,
      granted: turned<C>(previous.granted, next.granted, true),
      revoked: turned<C>(previous.granted, next.granted, false),
    };
    for (const effect of effects) effect(step);
  };

  /** What storage holds: its choice, else the one the server read (or a test gave) while nothing replaced it. */
  const stateFrom = (value: string | null) => {
    const stored = read(value);
    // Storage without a choice keeps the one the server read, or a test gave (`initialConsent`), while nothing has
    // replaced it, if it still counts as stored; `hydrate()` writes it back, so that state and storage agree.
    const { record } = serverState;
    const initial = stored || !record || state.record !== record ? null : read(encodeRecord(record, catalogue));
    const event = { type: 'HYDRATE', record: stored ?? initial } as const;
    return { initial, next: transition(state, event, { catalogue, now: now(), maxAgeDays, createId, lng: lng() }) };
  };

  /** Takes a value written by another tab; one of another revision comes from a tab with older or newer code. */
  const follow = (value: string | null) => {
    if (value === seen) return;
    const record = read(value);
    if (record && record.revision !== catalogue.revision) {
      // An older tab overwrote this revision's choice: write it back. A newer one: leave its choice alone.
      if (record.revision < catalogue.revision && state.record) persist(state.record);
      return;
    }
    seen = value;
    send({ type: 'HYDRATE', record });
  };

  return {
    catalogue,
    storage: configured,
    maxAgeDays,
    getSnapshot: () => state,
    getClientSnapshot() {
      if (hydrated || preview) return state;
      const value = storage.read();
      const { next } = stateFrom(value);
      // Without a choice, a GPC refusal is a decision with its record: `hydrate()` makes it, and no banner shows.
      if (next.record || !gpcRefuses()) state = next;
      preview = { value, shown: state };
      return state;
    },
    getServerSnapshot: () => serverState,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    send,
    hydrate() {
      seen = storage.read();
      // When the first render shows what storage still holds, what reading it sets off (erasing, onChange) runs now,
      // from the server's state, and the state shown stays, so that nothing renders again.
      const shown = preview?.shown === state && preview.value === seen && state;
      if (shown) state = serverState;
      const { next, initial } = stateFrom(seen);
      const settled = shown || next;
      if (settled !== state) commit(state, settled, false);
      if (initial) persist(initial);
      hydrated = true;
      if (!state.record && gpcRefuses()) {
        send({ type: 'REJECT_ALL', method: 'gpc' });
      }
      // The storage event never fires for cookies, and BroadcastChannel is missing from old browsers: poll then.
      let own: BroadcastChannel | undefined;
      try {
        own = new BroadcastChannel(`charte:${configured.name}`);
      } catch {
        // Missing, or refused in a sandboxed frame.
      }
      if (own) {
        own.onmessage = ({ data }) => {
          if (typeof data === 'string' || data === null) follow(data);
        };
        channel = own;
        return () => {
          own.close();
          channel = undefined;
        };
      }
      const timer = setInterval(() => follow(storage.read()), 1000);
      return () => clearInterval(timer);
    },
  };
}
