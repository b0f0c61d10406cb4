import type { ConsentRecord } from '../core';

/** Options of `createBeacon`. */
export interface BeaconOptions {
  /** localStorage key of the records not acknowledged yet; `charte-outbox` by default. */
  readonly key?: string;
}

/** Records kept for a later page load, at most; the oldest are dropped first. */
const OUTBOX_LIMIT = 50;

/**
 * Posts consent records to the host's `url`: JSON as `text/plain` (no CORS preflight for an endpoint on another
 * origin), with a `keepalive` fetch, which outlives the page and whose response's `Set-Cookie` Chromium applies,
 * so `charte/server` can re-set the storage cookie. Each record waits in localStorage until the endpoint answers;
 * one it did not take (network down, a 5xx) is posted again with the next record, and when `createBeacon` next
 * runs, on the next page load: create it once, at module level. A `400` or `409`, a record the endpoint will never
 * take, is dropped.
 * Returns the function to pass as `onConsentRecorded`. Never throws.
 */
export function createBeacon(url: string, { key = 'charte-outbox' }: BeaconOptions = {}) {
  const load = (): ConsentRecord[] => {
    try {
      const stored = JSON.parse(localStorage.getItem(key) ?? '[]');
      return Array.isArray(stored) ? stored : [];
    } catch {
      return [];
    }
  };
  const save = (records: ConsentRecord[]) => {
    try {
      if (records.length > 0) localStorage.setItem(key, JSON.stringify(records.slice(-OUTBOX_LIMIT)));
      else localStorage.removeItem(key);
    } catch {
      // Storage blocked: a record whose post fails is lost, the page goes on.
    }
  };
  const post = (record: ConsentRecord) => {
    try {
      // `no-cors`: an endpoint on another origin answers opaquely, and counts as reached.
      fetch(url, { method: 'POST', body: JSON.stringify(record), keepalive: true, mode: 'no-cors' }).then(
        ({ ok, status, type }) => {
          if (ok || type === 'opaque' || status === 400 || status === 409) {
            save(load().filter(({ id }) => id !== record.id));
          }
        },
        () => {},
      );
    } catch {
      // No fetch: the record waits in the outbox.
    }
  };
  if (typeof window !== 'undefined') load().forEach(post);
  return (record: ConsentRecord): void => {
    const waiting = [...load().filter(({ id }) => id !== record.id), record];
    save(waiting);
    waiting.forEach(post);
  };
}
