import type { AnyCatalogue, CategoryIdOf, CookieDefinition, ServiceIdOf } from './catalogue';
import type { ConsentEvent, ConsentState } from './machine';
import type { Choices, ConsentRecord } from './record';

/** What changed in what may run, passed to `onChange`. */
export interface ConsentChange<C extends AnyCatalogue = AnyCatalogue> {
  /** Categories and services that became granted. */
  readonly granted: { readonly categories: CategoryIdOf<C>[]; readonly services: ServiceIdOf<C>[] };
  /** Categories and services that were withdrawn. */
  readonly revoked: { readonly categories: CategoryIdOf<C>[]; readonly services: ServiceIdOf<C>[] };
  readonly state: ConsentState<C>;
}

/** The work a transition asks of the outside world, run by the store in this order. */
export type ConsentEffect<C extends AnyCatalogue = AnyCatalogue> =
  /** Write the decision to storage, or clear it, and tell the other tabs. */
  | { readonly type: 'persist'; readonly record: ConsentRecord<C> | null }
  /** Hand the decision's record to `onConsentRecorded` (rule 10). */
  | { readonly type: 'record'; readonly record: ConsentRecord<C> }
  /** Tell the subscribers (React) that the state changed. */
  | { readonly type: 'notify' }
  /** Delete the cookies of every service not granted (rule 13). */
  | { readonly type: 'erase'; readonly cookies: readonly CookieDefinition[] }
  /** Call `onChange` with what became granted or withdrawn. */
  | { readonly type: 'change'; readonly change: ConsentChange<C> }
  /** Reload the page so that scripts already running stop (`reloadOnWithdraw`). */
  | { readonly type: 'reload' };

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

/**
 * What the store must do after `event` took the state from `previous` to `next`; a pure function. `reloadOnWithdraw`
 * is off while storage is first read: a stored refusal of what the defaults granted is no withdrawal.
 */
export function effectsOf<C extends AnyCatalogue>(
  catalogue: C,
  previous: ConsentState<C>,
  next: ConsentState<C>,
  event: ConsentEvent<C>,
  { reloadOnWithdraw = false }: { readonly reloadOnWithdraw?: boolean | undefined } = {},
): ConsentEffect<C>[] {
  const effects: ConsentEffect<C>[] = [];
  const { record } = next;
  // Reading storage (HYDRATE) is no decision: nothing to write back, nothing to record.
  if (record !== previous.record && event.type !== 'HYDRATE') {
    effects.push({ type: 'persist', record });
    if (record) effects.push({ type: 'record', record });
  }
  effects.push({ type: 'notify' });
  // Rule 13: every service not granted has its cookies deleted whenever what may run is settled anew, so a
  // withdrawal after an expiry or a revision, or a cookie missed earlier, is caught too.
  if (next.granted !== previous.granted && next.status !== 'unknown') {
    const services = next.granted.services as Record<string, boolean>;
    const refused = catalogue.serviceIds.filter((id) => !services[id]);
    effects.push({ type: 'erase', cookies: refused.flatMap((id) => catalogue.services[id]?.cookies ?? []) });
  }
  const granted = turned(previous.granted, next.granted, true);
  const revoked = turned(previous.granted, next.granted, false);
  if (count(granted) + count(revoked) > 0) {
    effects.push({ type: 'change', change: { granted, revoked, state: next } });
    if (reloadOnWithdraw && count(revoked) > 0) effects.push({ type: 'reload' });
  }
  return effects;
}
