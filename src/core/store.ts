import type { AnyCatalogue } from './catalogue';
import { decodeStored, encodeRecord } from './codec';
import { type ConsentChange, type ConsentEffect, effectsOf } from './effects';
import { eraseCookies } from './erase';
import { randomId } from './id';
import { type ConsentEvent, type ConsentState, initialState, transition } from './machine';
import { type ConsentRecord, checkMaxAgeDays, DEFAULT_MAX_AGE_DAYS } from './record';
import { type CookieOptions, cookieAdapter, fallbackToMemory, type StorageAdapter } from './storage';

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
   * The choice read on the server (`readConsent`), so server and first client render agree; it stays in force when
   * storage holds no choice (a test's `testConsent`), and a stored choice wins over it.
   */
  readonly initialConsent?: ConsentRecord<C> | null;
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
  const serverState = initialState(catalogue, options.initialConsent ?? null);
  const listeners = new Set<() => void>();
  let state = serverState;
  // The stored value this tab last wrote or read, and the channel other tabs announce theirs on.
  let seen: string | null = null;
  let channel: BroadcastChannel | undefined;
  let hydrated = false;

  const read = (value: string | null) => decodeStored(value, catalogue, now(), maxAgeDays);

  const persist = (record: ConsentRecord<C> | null) => {
    seen = record && encodeRecord(record, catalogue);
    if (record) storage.write(seen as string, (record.expiresAt - now()) / 1000);
    else storage.clear();
    // The value itself: another tab may receive the message before it can read the new cookie.
    channel?.postMessage(seen);
  };

  /** Runs one effect of a transition; the list and its order come from `effectsOf`. */
  const run = (effect: ConsentEffect<C>) => {
    switch (effect.type) {
      case 'persist':
        return persist(effect.record);
      case 'record':
        return onConsentRecorded && isolate(() => onConsentRecorded(effect.record));
      case 'notify':
        for (const listener of listeners) listener();
        return;
      case 'erase':
        return eraseCookies(effect.cookies);
      case 'change':
        return onChange && isolate(() => onChange(effect.change));
      case 'reload':
        return location.reload();
      default:
        return effect satisfies never;
    }
  };

  const send = (event: ConsentEvent<C>) => {
    // A click recorded inside another site's frame may be clickjacked; the browser's own GPC signal is not.
    const deciding = DECISIONS.has(event.type);
    const clicked = deciding && !('method' in event && event.method === 'gpc');
    if (clicked && !options.allowInFrame && framedByAnotherOrigin()) return;
    const previous = state;
    state = transition(previous, event, {
      catalogue,
      now: now(),
      maxAgeDays,
      createId,
      lng: lng(),
      // Serialising the interface's strings is only worth it for a decision's record.
      texts: deciding ? (options.texts?.() ?? '') : '',
    });
    if (state === previous) return;
    const reloadOnWithdraw = hydrated && options.reloadOnWithdraw === true;
    for (const effect of effectsOf(catalogue, previous, state, event, { reloadOnWithdraw })) run(effect);
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
    getServerSnapshot: () => serverState,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    send,
    hydrate() {
      seen = storage.read();
      // Storage without a choice leaves in force the one the server read, or a test gave (`initialConsent`).
      send({ type: 'HYDRATE', record: read(seen) ?? serverState.record });
      hydrated = true;
      if (!state.record && options.globalPrivacyControl !== false && gpcSignal()) {
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
