/**
 * Property-based tests of the state machine, driven through the real store (`createConsentStore`) with
 * random events, storage faults (adapter methods that throw), clock jumps, reads of storage (`hydrate()`) and
 * values announced by other tabs. A model, kept apart from the machine, tracks what the visitor (or a stored
 * record) justified; after every step:
 * - required categories, and their services, are granted;
 * - nothing is granted (or on in the dialog's draft) that no accept-all, save, toggle, stored record or default
 *   (exempt audience measurement: on by default, refused by opt-out) justified;
 * - after accept-all everything is granted; after reject-all nothing but required categories and the exempt ones
 *   the draft kept on;
 * - `status` moves only along the paths below;
 * - the value in storage decodes to the last record the store decided, and reading storage gives it back.
 * Replay a failure with `FC_SEED=<seed> [FC_PATH=<path>] npx vitest run --project unit test/properties`.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnyCatalogue, CatalogueDefinition } from '../../src/core/catalogue';
import { decodeRecord, decodeStored, encodeRecord } from '../../src/core/codec';
import type { ConsentEvent, ConsentState, ConsentStatus } from '../../src/core/machine';
import type { ConsentRecord } from '../../src/core/record';
import { readConsent, type StorageAdapter } from '../../src/core/storage';
import { createConsentStore } from '../../src/core/store';
import {
  buildRecord,
  type CatalogueShape,
  catalogueDefinitionArb,
  editArb,
  eventOf,
  type Ids,
  idsOf,
  NOW_ARB,
  recordSpecArb,
  type Step,
  type StorageOperation,
  stepArb,
  storedValue,
} from './arbitraries';
import { defineUnlessProto, ensure, equal, PROPERTY_TIMEOUT, runProperty, same } from './run';

/**
 * Status paths, from machine.ts: the store starts `unknown` (or `decided` with `initialConsent`); HYDRATE goes to
 * `decided` when the record is of the catalogue's revision, else `pending`; RESET to `pending`; ACCEPT_ALL,
 * REJECT_ALL and SAVE to `decided`; TOGGLE, OPEN_PREFERENCES and CLOSE_PREFERENCES keep it. Nothing returns to `unknown`.
 */
const ALLOWED: Readonly<Record<ConsentStatus, readonly ConsentStatus[]>> = {
  unknown: ['unknown', 'pending', 'decided'],
  pending: ['pending', 'decided'],
  decided: ['decided', 'pending'],
};

// ---------------------------------------------------------------------------------------------------------------
// Harness: a storage adapter that throws on demand, and a BroadcastChannel the test can speak on.

class FaultyAdapter implements StorageAdapter {
  readonly name = 'charte';
  value: string | null;
  readonly pending: Record<StorageOperation, { count: number; error: string }> = {
    read: { count: 0, error: '' },
    write: { count: 0, error: '' },
    clear: { count: 0, error: '' },
  };
  threw = false;
  callsAfterThrow = 0;
  constructor(initial: string | null) {
    this.value = initial;
  }
  private enter(operation: StorageOperation) {
    if (this.threw) this.callsAfterThrow++;
    const fault = this.pending[operation];
    if (fault.count > 0) {
      fault.count--;
      this.threw = true;
      throw fault.error === 'TypeError' ? new TypeError('storage blocked') : new DOMException('blocked', fault.error);
    }
  }
  read() {
    this.enter('read');
    return this.value;
  }
  write(value: string) {
    this.enter('write');
    this.value = value;
  }
  clear() {
    this.enter('clear');
    this.value = null;
  }
}

/** A BroadcastChannel stand-in: the test delivers other tabs' messages to the store's `onmessage`. */
class FakeChannel {
  static last: FakeChannel | undefined;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  closed = false;
  constructor(readonly name: string) {
    FakeChannel.last = this;
  }
  postMessage() {}
  close() {
    this.closed = true;
  }
}

const realChannel = globalThis.BroadcastChannel;
beforeAll(() => {
  globalThis.BroadcastChannel = FakeChannel as unknown as typeof BroadcastChannel;
  // The store erases refused services' cookies on every change; jsdom's cookie jar would take a third of the run.
  // Storage here is the injected adapter, and cookie erasure is tested elsewhere.
  Object.defineProperty(document, 'cookie', { get: () => '', set: () => {}, configurable: true });
});
afterAll(() => {
  globalThis.BroadcastChannel = realChannel;
  Reflect.deleteProperty(globalThis.navigator, 'globalPrivacyControl');
  Reflect.deleteProperty(document, 'cookie');
});

const lastChannel = (): FakeChannel | undefined => FakeChannel.last;

const setGpc = (on: boolean) =>
  Object.defineProperty(globalThis.navigator, 'globalPrivacyControl', { value: on, configurable: true });

// ---------------------------------------------------------------------------------------------------------------
// The model: which ids may be on, as a set of `c:<id>` and `s:<id>` keys, kept without running the machine.

const cKey = (id: string) => `c:${id}`;
const sKey = (id: string) => `s:${id}`;

class Justified {
  readonly all: Set<string>;
  readonly required: Set<string>;
  readonly defaults: Set<string>;
  /** What the record in force (or the defaults without one) may grant. */
  record: Set<string>;
  /** What the dialog's draft may have on. */
  draft: Set<string>;
  /** What the earlier-revision record kept while asking again may have on. */
  previous: Set<string> | null = null;

  constructor(
    readonly catalogue: AnyCatalogue,
    readonly ids: Ids,
    initial: ConsentRecord | null,
  ) {
    const ofCategories = (categories: readonly string[]) =>
      new Set(categories.flatMap((id) => [cKey(id), ...(ids.servicesOf.get(id) ?? []).map(sKey)]));
    this.all = ofCategories(ids.categories);
    for (const id of ids.services) this.all.add(sKey(id));
    this.required = ofCategories(ids.required);
    // Before any choice: required categories, and exempt audience measurement (on by default, refused by opt-out).
    this.defaults = this.close(ofCategories([...ids.required, ...ids.exempt]));
    this.record = initial ? this.of(initial) : this.defaults;
    this.draft = this.record;
  }

  /** Adds required ids, and every category whose services all are in. */
  close(keys: Set<string>): Set<string> {
    for (const key of this.required) keys.add(key);
    for (const [id, services] of this.ids.servicesOf) {
      if (services.length > 0 && services.every((service) => keys.has(sKey(service)))) keys.add(cKey(id));
    }
    return keys;
  }

  /** What a stored record grants. */
  of(record: ConsentRecord): Set<string> {
    const keys = new Set<string>();
    const flags = (map: object) => map as Record<string, unknown>;
    for (const id of this.ids.categories) if (flags(record.categories)[id] === true) keys.add(cKey(id));
    for (const id of this.ids.services) if (flags(record.services)[id] === true) keys.add(sKey(id));
    return this.close(keys);
  }

  /** Turns `id` on in a copy of `keys`, with a category's services. */
  on(keys: Set<string>, target: { category?: string; service?: string }): Set<string> {
    const next = new Set(keys);
    if (target.category !== undefined) {
      next.add(cKey(target.category));
      for (const service of this.ids.servicesOf.get(target.category) ?? []) next.add(sKey(service));
    } else if (target.service !== undefined) next.add(sKey(target.service));
    return this.close(next);
  }

  private decided(keys: Set<string>) {
    this.record = keys;
    this.draft = keys;
    this.previous = null;
  }

  private isKnown(target: { category?: string; service?: string }) {
    return target.category !== undefined
      ? Object.hasOwn(this.catalogue.categories, target.category)
      : target.service !== undefined && Object.hasOwn(this.catalogue.services, target.service);
  }

  apply(event: ConsentEvent, before: ConsentState) {
    switch (event.type) {
      case 'HYDRATE': {
        const stored = event.record;
        const valid = stored !== null && stored.revision === this.catalogue.revision;
        this.record = valid ? this.of(stored) : this.defaults;
        // An earlier revision's choices pre-fill the dialog (rule 9); a later, not yet deployed, one is ignored.
        this.previous = stored && stored.revision < this.catalogue.revision ? this.of(stored) : null;
        this.draft = this.previous ?? this.record;
        return;
      }
      case 'RESET':
        this.decided(this.defaults);
        return;
      case 'ACCEPT_ALL':
        this.decided(new Set(this.all));
        return;
      case 'REJECT_ALL': {
        // Exempt categories keep the draft's setting, as far as the draft was justified.
        const kept = this.ids.exempt.filter((id) => this.draft.has(cKey(id)));
        const keys = new Set([...this.required]);
        for (const id of kept) for (const key of this.on(new Set(), { category: id })) keys.add(key);
        this.decided(this.close(keys));
        return;
      }
      case 'SAVE': {
        // In the dialog the switches are saved; elsewhere, choices apply over what is in force.
        let keys = before.view === 'preferences' ? this.draft : this.record;
        for (const [id, value] of Object.entries(event.choices?.categories ?? {})) {
          if (value === true && this.isKnown({ category: id })) keys = this.on(keys, { category: id });
        }
        for (const [id, value] of Object.entries(event.choices?.services ?? {})) {
          if (value === true && this.isKnown({ service: id })) keys = this.on(keys, { service: id });
        }
        this.decided(keys);
        return;
      }
      case 'TOGGLE': {
        const target = event as { category?: string; service?: string; value?: boolean };
        if (!this.isKnown(target)) return;
        const flags = (target.category !== undefined ? before.draft.categories : before.draft.services) as Record<
          string,
          boolean
        >;
        const id = (target.category ?? target.service) as string;
        if ((target.value ?? !flags[id]) === true) this.draft = this.on(this.draft, target);
        return;
      }
      case 'OPEN_PREFERENCES':
        if (before.view !== 'preferences') this.draft = this.previous ?? this.record;
        return;
      case 'CLOSE_PREFERENCES':
        if (before.view === 'preferences') this.draft = this.previous ?? this.record;
        return;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Checks after every step.

function expectFlags(choices: ConsentState['granted'], ids: Ids, allowed: Set<string>, what: string) {
  const categories = choices.categories as Record<string, unknown>;
  const services = choices.services as Record<string, unknown>;
  equal(Object.keys(categories).sort(), [...ids.categories].sort(), `${what} category ids`);
  equal(Object.keys(services).sort(), [...ids.services].sort(), `${what} service ids`);
  for (const id of ids.categories) {
    same(typeof categories[id], 'boolean', `${what}.categories[${JSON.stringify(id)}]`);
    if (categories[id] === true && !allowed.has(cKey(id))) {
      expect.fail(`${what}: category ${JSON.stringify(id)} is on, but nothing justified it`);
    }
  }
  for (const id of ids.services) {
    same(typeof services[id], 'boolean', `${what}.services[${JSON.stringify(id)}]`);
    if (services[id] === true && !allowed.has(sKey(id))) {
      expect.fail(`${what}: service ${JSON.stringify(id)} is on, but nothing justified it`);
    }
  }
  for (const id of ids.required) {
    same(categories[id], true, `${what}: required category ${JSON.stringify(id)}`);
    for (const service of ids.servicesOf.get(id) ?? []) {
      same(services[service], true, `${what}: service ${JSON.stringify(service)} of a required category`);
    }
  }
}

/** The status an event leads to, from machine.ts (see ALLOWED). */
function expectedStatus(event: ConsentEvent, before: ConsentStatus, catalogue: AnyCatalogue): ConsentStatus {
  switch (event.type) {
    case 'HYDRATE':
      return event.record !== null && event.record.revision === catalogue.revision ? 'decided' : 'pending';
    case 'RESET':
      return 'pending';
    case 'ACCEPT_ALL':
    case 'REJECT_ALL':
    case 'SAVE':
      return 'decided';
    default:
      return before;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// One run.

interface Run {
  readonly catalogue: AnyCatalogue;
  readonly ids: Ids;
  readonly steps: readonly Step[];
}

interface Setup {
  readonly start: number;
  readonly maxAgeDays: number;
  readonly lng: string;
  /** What storage holds when the page loads: a record's value, edited or not, or nothing. */
  readonly stored: Parameters<typeof storedValue>[2];
  /** Whether the server read the cookie first (`initialConsent`), and whether the page calls `hydrate()` first. */
  readonly initialConsent: boolean;
  readonly hydrateFirst: boolean;
  /** `navigator.globalPrivacyControl`, read by `hydrate()` when there is no choice (rule 14). */
  readonly gpc: boolean;
}

function runSteps({ catalogue, ids, steps }: Run, setup: Setup) {
  let now = setup.start;
  let count = 0;
  const { maxAgeDays } = setup;
  const initialValue = storedValue(catalogue, ids, setup.stored, now, maxAgeDays);
  const adapter = new FaultyAdapter(initialValue);
  const initialConsent = setup.initialConsent
    ? readConsent(initialValue === null ? '' : `charte=${initialValue}`, catalogue, { now, maxAgeDays })
    : null;
  setGpc(setup.gpc);
  FakeChannel.last = undefined;
  const store = createConsentStore({
    catalogue,
    storage: adapter,
    maxAgeDays,
    initialConsent,
    now: () => now,
    createId: () => `00000000-0000-4000-8000-${(count++).toString(16).padStart(12, '0')}`,
    lng: () => setup.lng,
  });
  const model = new Justified(catalogue, ids, initialConsent);
  const stops: (() => void)[] = [];
  // Every state the store announces, so that the two steps of `hydrate()` (HYDRATE, then GPC) are seen apart.
  const announced: ConsentState[] = [];
  store.subscribe(() => announced.push(store.getSnapshot()));

  // What the store last wrote to storage: `undefined` until it writes or clears it.
  let written: ConsentRecord | null | undefined;
  // The store's `seen`: the value it last read, wrote, or received from another tab.
  let seen: string | null = null;
  // Whether the record in force was read (HYDRATE) after the store last wrote.
  let readSinceWrite = false;
  const flags = (map: object) => map as Record<string, boolean>;

  /** Checks `state`, reached from `before` by `event`, against the model and storage. */
  const check = (before: ConsentState, event: ConsentEvent, state: ConsentState, storage = true) => {
    ensure(ALLOWED[before.status].includes(state.status), `status ${before.status} → ${state.status}`);
    same(state.status, expectedStatus(event, before.status, catalogue), `status after ${event.type}`);
    same(state.status === 'decided', state.record !== null, 'decided exactly when a record is in force');
    if (state.record) same(state.record.revision, catalogue.revision, 'revision of the record in force');
    expectFlags(state.granted, ids, model.record, 'granted');
    expectFlags(state.draft, ids, model.draft, 'draft');
    if (event.type === 'ACCEPT_ALL') {
      for (const id of ids.categories)
        same(flags(state.granted.categories)[id], true, `${JSON.stringify(id)} after ACCEPT_ALL`);
      for (const id of ids.services)
        same(flags(state.granted.services)[id], true, `${JSON.stringify(id)} after ACCEPT_ALL`);
    }
    if (event.type === 'REJECT_ALL') {
      // Rule 3: nothing non-required is granted; an exempt category keeps the draft's opt-out setting.
      for (const id of ids.categories) {
        if (ids.required.includes(id)) continue;
        const expected = ids.exempt.includes(id) && flags(before.draft.categories)[id] === true;
        same(flags(state.granted.categories)[id], expected, `category ${JSON.stringify(id)} after REJECT_ALL`);
        for (const service of ids.servicesOf.get(id) ?? []) {
          same(flags(state.granted.services)[service], expected, `service ${JSON.stringify(service)} after REJECT_ALL`);
        }
      }
    }
    if (!storage) return;
    // Rule 24: after the first exception the adapter is left alone for the page's lifetime.
    same(adapter.callsAfterThrow, 0, 'calls to the adapter after it threw');
    if (!adapter.threw) {
      if (written === undefined) same(adapter.value, initialValue, 'storage untouched');
      else if (written === null) same(adapter.value, null, 'storage cleared');
      else {
        equal(decodeRecord(adapter.value, catalogue, written.decidedAt, maxAgeDays), written, 'the stored value');
      }
    }
    if (written !== undefined && !readSinceWrite) {
      same(state.record, written, 'the record in force is the one written');
    }
  };

  /** The store's copy in memory of what it last wrote, and what reading storage returns. */
  const memoryValue = () => (written ? encodeRecord(written, catalogue) : null);
  const readable = () => (adapter.threw ? memoryValue() : adapter.value);

  const send = (event: ConsentEvent) => {
    const before = store.getSnapshot();
    store.send(event);
    const after = store.getSnapshot();
    if (after !== before) model.apply(event, before);
    if (after.record !== before.record) {
      if (event.type === 'HYDRATE') readSinceWrite = true;
      else {
        written = after.record;
        seen = after.record && encodeRecord(after.record, catalogue);
        readSinceWrite = false;
      }
    }
    check(before, event, after);
  };

  const hydrate = () => {
    const before = store.getSnapshot();
    // What `hydrate()` will read: a read that throws falls back to memory.
    const value = adapter.pending.read.count > 0 ? memoryValue() : readable();
    announced.length = 0;
    stops.push(store.hydrate());
    seen = value;
    const stored = decodeStored(value, catalogue, now, maxAgeDays);
    // No stored choice keeps `initialConsent` while nothing replaced it, if it still counts as stored, written back.
    const initial =
      stored || !initialConsent || before.record !== initialConsent
        ? null
        : decodeRecord(encodeRecord(initialConsent, catalogue), catalogue, now, maxAgeDays);
    const event: ConsentEvent = { type: 'HYDRATE', record: stored ?? initial };
    const [hydrated, refused] = announced as [ConsentState, ConsentState | undefined];
    model.apply(event, before);
    if (hydrated.record !== before.record) readSinceWrite = true;
    if (initial) {
      written = hydrated.record;
      seen = encodeRecord(initial, catalogue);
      readSinceWrite = false;
    }
    check(before, event, hydrated, !refused);
    if (setup.gpc && !hydrated.record) {
      // Rule 14: without a choice, the GPC signal is a refusal, recorded as such.
      same(refused?.record?.method, 'gpc', 'GPC recorded as a refusal');
      const gpc: ConsentEvent = { type: 'REJECT_ALL', method: 'gpc' };
      model.apply(gpc, hydrated);
      written = refused?.record ?? null;
      seen = written && encodeRecord(written, catalogue);
      readSinceWrite = false;
      check(hydrated, gpc, refused as ConsentState);
    } else expect(refused, 'no second step without GPC').toBeUndefined();
  };

  if (setup.hydrateFirst) hydrate();
  for (const step of steps) {
    switch (step.type) {
      case 'EVENT':
        send(eventOf(step.event, ids));
        break;
      case 'HYDRATE_STORED':
        send({
          type: 'HYDRATE',
          record: decodeRecord(storedValue(catalogue, ids, step, now, maxAgeDays), catalogue, now, maxAgeDays),
        });
        break;
      case 'HYDRATE_RECORD': {
        // Set to live at most `maxAgeDays`, as the store reads records: one read with a longer limit (a server's
        // `readConsent` without the store's `maxAgeDays`) is in force, but once written back, reads as no choice.
        const lifetimeDays = Math.min(step.spec.lifetimeDays, maxAgeDays);
        send({ type: 'HYDRATE', record: buildRecord(catalogue, ids, { ...step.spec, lifetimeDays }, now) });
        break;
      }
      case 'CLOCK':
        now = Math.max(Date.UTC(1990, 0, 1), now + step.delta);
        break;
      case 'FAIL':
        adapter.pending[step.operation] = { count: step.count, error: step.error };
        break;
      case 'HYDRATE_STORE':
        hydrate();
        break;
      case 'OTHER_TAB': {
        const channel = lastChannel();
        if (!channel?.onmessage || channel.closed) break;
        const value = storedValue(catalogue, ids, step, now, maxAgeDays);
        const before = store.getSnapshot();
        channel.onmessage({ data: value });
        // The store ignores the value it already has.
        if (value === seen) {
          same(store.getSnapshot(), before, 'a value already seen changes nothing');
          break;
        }
        const record = decodeStored(value, catalogue, now, maxAgeDays);
        if (record && record.revision !== catalogue.revision) {
          // Another revision's tab: ignored, and an older one's value overwritten with the choice in force.
          same(store.getSnapshot(), before, 'a value of another revision changes nothing');
          if (record.revision < catalogue.revision && before.record) {
            written = before.record;
            seen = encodeRecord(before.record, catalogue);
            readSinceWrite = false;
          }
          // Checked as an event that keeps the state.
          check(before, { type: 'OPEN_PREFERENCES' }, before);
          break;
        }
        seen = value;
        const event: ConsentEvent = { type: 'HYDRATE', record };
        model.apply(event, before);
        if (store.getSnapshot().record !== before.record) readSinceWrite = true;
        check(before, event, store.getSnapshot());
        break;
      }
    }
  }

  // Reading storage again, at the time of the last decision, gives back what the store wrote, faults or not.
  if (written !== undefined) {
    now = written?.decidedAt ?? now;
    setGpc(false);
    stops.push(store.hydrate());
    equal(store.getSnapshot().record, written, 'the record read back from storage');
  }
  for (const stop of stops) stop();
}

// ---------------------------------------------------------------------------------------------------------------

const SMALL: CatalogueShape = { maxCategories: 3, maxServices: 5, maxCookies: 1, textLength: 3 };

/**
 * Up to 10 steps mostly (fast-check's default size), and one sequence in ten of 10 to `maxSteps`: long enough
 * for faults, clock jumps and several decisions to interleave, short enough for 10,000 runs in seconds.
 */
const stepsArb = (maxSteps: number) =>
  maxSteps <= 10
    ? fc.array(stepArb(true), { maxLength: maxSteps })
    : fc.oneof(
        { weight: 9, arbitrary: fc.array(stepArb(true), { maxLength: 10 }) },
        { weight: 1, arbitrary: fc.array(stepArb(true), { minLength: 10, maxLength: maxSteps, size: 'max' }) },
      );

const setupArb: fc.Arbitrary<Setup> = fc.record({
  start: NOW_ARB,
  maxAgeDays: fc.integer({ min: 1, max: 395 }),
  lng: fc.constantFrom('fr', 'en', 'de-CH', '', 'é<x>;'),
  stored: fc.record({
    spec: fc.option(recordSpecArb, { nil: null }),
    edits: fc.oneof(fc.constant([]), fc.array(editArb, { minLength: 1, maxLength: 2 })),
  }),
  initialConsent: fc.boolean(),
  hydrateFirst: fc.boolean(),
  gpc: fc.boolean(),
});

const machineProperty = (proto: boolean, maxSteps: number) =>
  fc.property(
    catalogueDefinitionArb({ ...SMALL, proto }),
    stepsArb(maxSteps),
    setupArb,
    (definition: CatalogueDefinition, steps, setup) => {
      // A catalogue the kit cannot hold must be refused up front, with the path of the bad id.
      const catalogue = defineUnlessProto(definition);
      if (!catalogue) return;
      runSteps({ catalogue, ids: idsOf(catalogue), steps }, setup);
    },
  );

describe('the consent store and its state machine', () => {
  describe('given any catalogue (any ids but __proto__), stored value and setup', () => {
    describe('when any events, storage faults, clock jumps, reads of storage and values from other tabs come', () => {
      it(
        'grants only what was given, moves along the allowed status paths, and stores the record in force',
        () => runProperty('machine-invariants', machineProperty(false, 16)),
        PROPERTY_TIMEOUT,
      );
    });
  });

  describe('given any catalogue with __proto__ ids, stored value and setup', () => {
    describe('when any events, storage faults, clock jumps, reads of storage and values from other tabs come', () => {
      it(
        'either defineCatalogue refuses the catalogue with a CatalogueError, or the store grants only what was given, moves along the allowed status paths, and stores the record in force',
        () => runProperty('machine-invariants-proto-ids', machineProperty(true, 6)),
        PROPERTY_TIMEOUT,
      );
    });
  });
});
