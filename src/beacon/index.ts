import type { ConsentRecord } from '../core';

/** Options of `createBeacon`. */
export interface BeaconOptions {
  /** localStorage key of the records not sent yet; `charte-outbox` by default. */
  readonly key?: string;
}

/** Records kept for a later page load, at most; the oldest are dropped first. */
const OUTBOX_LIMIT = 50;

/**
 * Posts consent records to the host's `url` with `navigator.sendBeacon` (JSON as `text/plain`, so a
 * cross-origin endpoint needs no preflight). A record the browser did not queue is kept in localStorage
 * and posted again when `createBeacon` next runs, on the next page load: create it once, at module level.
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
  const post = (record: ConsentRecord) => {
    try {
      return navigator.sendBeacon(url, JSON.stringify(record));
    } catch {
      return false;
    }
  };
  const flush = (records: ConsentRecord[]) => {
    const unsent = records.filter((record) => !post(record)).slice(-OUTBOX_LIMIT);
    try {
      if (unsent.length > 0) localStorage.setItem(key, JSON.stringify(unsent));
      else localStorage.removeItem(key);
    } catch {
      // Storage blocked: what was not sent is lost, the page goes on.
    }
  };
  if (typeof navigator !== 'undefined' && load().length > 0) flush(load());
  return (record: ConsentRecord): void => flush([...load(), record]);
}
