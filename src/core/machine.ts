import { type AnyCatalogue, type CategoryIdOf, type ServiceIdOf, servicesOf } from './catalogue';
import { catalogueHash } from './hash';
import { type Choices, type ConsentMethod, type ConsentRecord, lifetimeMs } from './record';
import { VERSION } from './version';

/** `'unknown'` on the server and first client render, `'pending'` until the visitor chooses, then `'decided'`. */
export type ConsentStatus = 'unknown' | 'pending' | 'decided';
/** Which layer of the UI is open. */
export type ConsentView = 'none' | 'banner' | 'preferences';
/** Everything the UI renders from. */
export interface ConsentState<C extends AnyCatalogue = AnyCatalogue> {
  readonly status: ConsentStatus;
  /** Derived: `'preferences'` while the dialog is open, else `'banner'` while the visitor must choose, else `'none'`. */
  readonly view: ConsentView;
  /** The decision in force, or `null` before any choice. */
  readonly record: ConsentRecord<C> | null;
  /** What may run now. */
  readonly granted: Choices<C>;
  /** The preferences dialog's unsaved switches. */
  readonly draft: Choices<C>;
  /** A decision made under an earlier revision, while the visitor is asked again; the dialog starts from its unchanged choices. */
  readonly previous: ConsentRecord<C> | null;
}

/** A category or a service. */
export type ConsentTarget<C extends AnyCatalogue = AnyCatalogue> =
  | { readonly category: CategoryIdOf<C>; readonly service?: never }
  | { readonly service: ServiceIdOf<C>; readonly category?: never };

/** A category id, or a category or a service: what every hook and action that takes a target accepts. */
export type TargetInput<C extends AnyCatalogue = AnyCatalogue> = CategoryIdOf<C> | ConsentTarget<C>;

/** Partial choices, as passed to `save`. */
export interface ChoicesInput<C extends AnyCatalogue = AnyCatalogue> {
  readonly categories?: { readonly [K in CategoryIdOf<C>]?: boolean };
  readonly services?: { readonly [K in ServiceIdOf<C>]?: boolean };
}

/** Everything that can happen to the consent state. */
export type ConsentEvent<C extends AnyCatalogue = AnyCatalogue> =
  | { readonly type: 'HYDRATE'; readonly record: ConsentRecord<C> | null }
  | { readonly type: 'ACCEPT_ALL' }
  | { readonly type: 'REJECT_ALL'; readonly method?: 'gpc' | 'continue-without-accepting' }
  | { readonly type: 'SAVE'; readonly choices?: ChoicesInput<C> }
  | ({ readonly type: 'TOGGLE'; readonly value?: boolean } & ConsentTarget<C>)
  | { readonly type: 'OPEN_PREFERENCES' }
  | { readonly type: 'CLOSE_PREFERENCES' }
  | { readonly type: 'RESET' };

/** What a transition needs besides the state: it reads no clock and no random source itself. */
export interface TransitionContext<C extends AnyCatalogue = AnyCatalogue> {
  readonly catalogue: C;
  /** The current time in milliseconds. */
  readonly now: number;
  readonly maxAgeDays: number;
  readonly createId: () => string;
  /** Language of the texts the visitor sees. */
  readonly lng: string;
  /** The interface's own strings the visitor sees, hashed into the record's `catalogueHash`. */
  readonly texts?: string;
}

type Flags = Record<string, boolean>;

/** Makes required categories granted, and each category agree with its services. */
function settle<C extends AnyCatalogue>(catalogue: C, categories: Flags, services: Flags): Choices<C> {
  for (const id of catalogue.categoryIds) {
    const own = servicesOf(catalogue, id);
    if (catalogue.categories[id]?.required) {
      categories[id] = true;
      for (const service of own) services[service] = true;
    } else if (own.length > 0) {
      // Granted only when every service is: gating on a category never runs a refused service.
      categories[id] = own.every((service) => services[service]);
    }
  }
  return { categories, services } as Choices<C>;
}

/** Choices with each category, and all its services, set by `isOn`. */
function choicesFrom<C extends AnyCatalogue>(catalogue: C, isOn: (category: string) => boolean): Choices<C> {
  const categories: Flags = {};
  const services: Flags = {};
  for (const id of catalogue.categoryIds) {
    categories[id] = isOn(id);
    for (const service of servicesOf(catalogue, id)) services[service] = isOn(id);
  }
  return settle(catalogue, categories, services);
}

/**
 * Choices before any decision: only required categories, and exempt audience measurement
 * (which needs no consent and is refused by opt-out), are on. CNIL 2020-092 § 34: no pre-ticked box.
 */
export function defaultChoices<C extends AnyCatalogue>(catalogue: C): Choices<C> {
  return choicesFrom(catalogue, (id) => catalogue.categories[id]?.exempt === true);
}

/** The flags of `ids` in `from`: only `true` grants, and ids the catalogue does not have are dropped, never merged. */
const pick = (ids: readonly string[], from: object): Flags =>
  Object.fromEntries(ids.map((id) => [id, (from as Flags)[id] === true]));

const choicesOf = <C extends AnyCatalogue>(catalogue: C, record: ConsentRecord<C>) =>
  settle<C>(catalogue, pick(catalogue.categoryIds, record.categories), pick(catalogue.serviceIds, record.services));

/** What the dialog opens with: the choice in force, or the unchanged choices of an earlier revision (rule 9). */
const startOf = <C extends AnyCatalogue>(catalogue: C, state: Pick<ConsentState<C>, 'previous' | 'granted'>) =>
  state.previous ? choicesOf(catalogue, state.previous) : state.granted;

const viewOf = (status: ConsentStatus, preferences: boolean): ConsentView =>
  preferences ? 'preferences' : status === 'pending' ? 'banner' : 'none';

/** What a state is made of; the rest is derived from it. */
interface StateOptions<C extends AnyCatalogue> {
  readonly record: ConsentRecord<C> | null;
  readonly status: ConsentStatus;
  /** Whether the preferences dialog is open. */
  readonly preferences: boolean;
  readonly previous?: ConsentRecord<C> | null;
}

/** A state whose granted choices are what `record` lets run (the defaults without one), its draft where the dialog starts. */
function stateOf<C extends AnyCatalogue>(
  catalogue: C,
  { record, status, preferences, previous = null }: StateOptions<C>,
): ConsentState<C> {
  const granted = record ? choicesOf(catalogue, record) : defaultChoices(catalogue);
  return {
    status,
    view: viewOf(status, preferences),
    record,
    granted,
    draft: startOf(catalogue, { previous, granted }),
    previous,
  };
}

/** The first state, before storage is read: nothing but required and exempt categories is granted. */
export const initialState = <C extends AnyCatalogue>(catalogue: C, record: ConsentRecord<C> | null = null) => {
  const current = record?.revision === catalogue.revision ? record : null;
  return stateOf(catalogue, { record: current, status: current ? 'decided' : 'unknown', preferences: false });
};

function decide<C extends AnyCatalogue>(
  context: TransitionContext<C>,
  granted: Choices<C>,
  method: ConsentMethod,
): ConsentState<C> {
  const decidedAt = Math.floor(context.now / 1000) * 1000;
  // Kept cookie-safe: the language is part of the stored value.
  const lng = context.lng.replace(/[^\w-]/g, '').slice(0, 35) || 'und';
  const record: ConsentRecord<C> = {
    id: context.createId(),
    decidedAt,
    expiresAt: decidedAt + lifetimeMs(context.maxAgeDays),
    revision: context.catalogue.revision,
    catalogueHash: catalogueHash(context.catalogue, lng, context.texts),
    lng,
    method,
    version: VERSION,
    ...granted,
  };
  return stateOf(context.catalogue, { record, status: 'decided', preferences: false });
}

/** Sets one switch of the draft; a category carries its services along. Unknown ids change nothing. */
function toggle<C extends AnyCatalogue>(
  catalogue: C,
  draft: Choices<C>,
  { category, service }: { category?: string | undefined; service?: string | undefined },
  value: boolean | undefined,
): Choices<C> {
  const categories: Flags = { ...draft.categories };
  const services: Flags = { ...draft.services };
  const flags = category === undefined ? services : categories;
  const id = category ?? service ?? '';
  if (!Object.hasOwn(flags, id)) return draft;
  flags[id] = value ?? !flags[id];
  for (const own of servicesOf(catalogue, category)) services[own] = flags[id];
  return settle(catalogue, categories, services);
}

/** Applies `input` over `base`, ignoring unknown ids and non-boolean values. */
function merge<C extends AnyCatalogue>(catalogue: C, base: Choices<C>, input: ChoicesInput<C>): Choices<C> {
  let next = base;
  for (const [key, flags] of [
    ['category', input.categories],
    ['service', input.services],
  ] as const) {
    for (const [id, value] of Object.entries(flags ?? {})) {
      if (typeof value === 'boolean') next = toggle(catalogue, next, { [key]: id }, value);
    }
  }
  return next;
}

/** The consent state machine: a pure function from a state and an event to the next state. */
export function transition<C extends AnyCatalogue>(
  state: ConsentState<C>,
  event: ConsentEvent<C>,
  context: TransitionContext<C>,
): ConsentState<C> {
  const { catalogue } = context;
  const open = state.view === 'preferences';
  switch (event.type) {
    case 'HYDRATE': {
      const stored = event.record;
      // Rule 9: a decision made under another revision no longer counts.
      const record = stored?.revision === catalogue.revision ? stored : null;
      return stateOf(catalogue, {
        record,
        status: record ? 'decided' : 'pending',
        // A dialog opened before storage was read stays open.
        preferences: open,
        // A revision the catalogue has not reached yet is forged or from a rolled-back deploy: ignored.
        previous: record || !stored || stored.revision > catalogue.revision ? null : stored,
      });
    }
    case 'RESET':
      return stateOf(catalogue, { record: null, status: 'pending', preferences: false });
    case 'ACCEPT_ALL':
      return decide(
        context,
        choicesFrom(catalogue, () => true),
        'accept-all',
      );
    case 'REJECT_ALL':
      // Rule 3: one activation refuses every consent purpose; an exempt category keeps its opt-out setting.
      return decide(
        context,
        choicesFrom(
          catalogue,
          (id) => catalogue.categories[id]?.exempt === true && (state.draft.categories as Flags)[id] === true,
        ),
        event.method ?? 'reject-all',
      );
    case 'SAVE': {
      // Outside the dialog, choices apply over what is in force, never over a revision's pre-filled draft.
      const base = open ? state.draft : state.granted;
      return decide(context, event.choices ? merge(catalogue, base, event.choices) : base, 'custom');
    }
    case 'TOGGLE': {
      const draft = toggle(catalogue, state.draft, event, event.value);
      return draft === state.draft ? state : { ...state, draft };
    }
    case 'OPEN_PREFERENCES':
    case 'CLOSE_PREFERENCES': {
      // Rule 4: closing is never acceptance; the draft is dropped.
      const opening = event.type === 'OPEN_PREFERENCES';
      return opening === open
        ? state
        : { ...state, view: viewOf(state.status, opening), draft: startOf(catalogue, state) };
    }
    default:
      return event satisfies never;
  }
}
