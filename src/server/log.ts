import type { ConsentMethod, ConsentRecord } from '../core';

/** A record as the proof log keeps it: the visitor's record, and when the server received it (ms since the epoch). */
export type LoggedRecord = ConsentRecord & { readonly receivedAt: number };

/** What `append` did: stored the record, found the same record already stored, or found another under its id. */
export type AppendResult = 'added' | 'duplicate' | 'conflict';

/** Records decided from `from` (included) to `to` (excluded), in ms since the epoch; unbounded when left out. */
export interface TimeRange {
  readonly from?: number;
  readonly to?: number;
}

/** How often a category or service was granted among the decisions that listed it. */
export interface Acceptance {
  readonly granted: number;
  readonly total: number;
}

/** What `stats` counts over a range. */
export interface ConsentStats {
  readonly total: number;
  /** Decisions per day (UTC, `YYYY-MM-DD`), in order, with their count per method. */
  readonly days: readonly { readonly day: string; readonly total: number; readonly methods: MethodCounts }[];
  readonly methods: MethodCounts;
  readonly categories: Readonly<Record<string, Acceptance>>;
  readonly services: Readonly<Record<string, Acceptance>>;
}

/** Decisions per method; methods never used are left out. */
export type MethodCounts = Readonly<Partial<Record<ConsentMethod, number>>>;

/** Options of `purge`. */
export interface PurgeOptions {
  /** Days a record is kept after its choice ended; `DEFAULT_RETENTION_DAYS` by default. */
  readonly retentionDays?: number;
  /** The current time in ms; `Date.now()` by default. */
  readonly now?: number;
}

/**
 * The proof log (GDPR art. 7(1)): append-only, one row per record id, no personal data (no IP address, no user
 * agent). `sqliteLog` and `postgresLog` create their table and indexes on first use.
 */
export interface ConsentLog {
  /** Stores `record` unless its id is already there; never updates a stored record. */
  append(record: ConsentRecord, receivedAt?: number): Promise<AppendResult>;
  /** The record of that id, or `null`. */
  get(id: string): Promise<LoggedRecord | null>;
  /** Every record decided in `range`, oldest first, read in pages: memory stays flat however many there are. */
  export(range?: TimeRange): AsyncIterable<LoggedRecord>;
  /** Decisions per day and per method, and how often each category and service was granted. */
  stats(range?: TimeRange): Promise<ConsentStats>;
  /** Deletes the records whose choice ended more than `retentionDays` ago; resolves to how many. */
  purge(options?: PurgeOptions): Promise<number>;
  /** Releases the database (a PostgreSQL pool stays the caller's to end). */
  close(): Promise<void>;
}

/**
 * Five years after the choice ends. The CNIL asks that proof of consent be available at any time (recommandation
 * 2020-092, « Preuve du consentement ») and names no period; records no longer in use may be archived for a
 * possible dispute (CNIL, « Les durées de conservation des données »), whose common limitation period is five
 * years (Code civil, art. 2224).
 */
export const DEFAULT_RETENTION_DAYS = 1826;

const DAY_MS = 86_400_000;

/** Rows read per query by `export`. */
export const PAGE_SIZE = 1000;

/** The oldest `expiresAt` a purge keeps. */
export function purgeBefore({ retentionDays = DEFAULT_RETENTION_DAYS, now = Date.now() }: PurgeOptions = {}): number {
  if (!(retentionDays >= 0 && Number.isFinite(retentionDays))) {
    throw new RangeError(`retentionDays: expected a number of days ≥ 0, got ${retentionDays}`);
  }
  return now - retentionDays * DAY_MS;
}

/** `range` with its bounds filled in. */
export const bounds = ({ from = 0, to = Number.MAX_SAFE_INTEGER }: TimeRange = {}) => ({ from, to });

/** Whether two records are the same decision, whatever the order of their keys. */
export function sameRecord(a: ConsentRecord, b: ConsentRecord): boolean {
  const sameFlags = (x: Readonly<Record<string, boolean>>, y: Readonly<Record<string, boolean>>) =>
    Object.keys(x).length === Object.keys(y).length && Object.keys(x).every((id) => x[id] === y[id]);
  return (
    a.id === b.id &&
    a.decidedAt === b.decidedAt &&
    a.expiresAt === b.expiresAt &&
    a.revision === b.revision &&
    a.catalogueHash === b.catalogueHash &&
    a.lng === b.lng &&
    a.method === b.method &&
    a.version === b.version &&
    sameFlags(a.categories, b.categories) &&
    sameFlags(a.services, b.services)
  );
}

/** One count per (day, method), in day order, as both stores' SQL returns them. */
export interface DayMethodCount {
  readonly day: string;
  readonly method: ConsentMethod;
  readonly count: number;
}

/** One acceptance row per id, as both stores' SQL returns them. */
export interface AcceptanceRow {
  readonly id: string;
  readonly granted: number;
  readonly total: number;
}

/** Builds `ConsentStats` from the rows both stores query. */
export function statsFrom(
  perDay: readonly DayMethodCount[],
  categories: readonly AcceptanceRow[],
  services: readonly AcceptanceRow[],
): ConsentStats {
  const days: { day: string; total: number; methods: Partial<Record<ConsentMethod, number>> }[] = [];
  const methods: Partial<Record<ConsentMethod, number>> = {};
  for (const { day, method, count } of perDay) {
    if (days.at(-1)?.day !== day) days.push({ day, total: 0, methods: {} });
    const current = days.at(-1) as (typeof days)[number];
    current.total += count;
    current.methods[method] = count;
    methods[method] = (methods[method] ?? 0) + count;
  }
  const acceptance = (rows: readonly AcceptanceRow[]) =>
    Object.fromEntries(rows.map(({ id, granted, total }) => [id, { granted, total }]));
  return {
    total: days.reduce((sum, { total }) => sum + total, 0),
    days,
    methods,
    categories: acceptance(categories),
    services: acceptance(services),
  };
}
