import type { CookieDefinition } from '../core';
import { matchesDeclaredName } from '../core/undeclared';
import type { AuditStep, DeclaredEntry, JudgeSettings, Moment, Observed, Violation, ViolationKind } from './model';

const DAY_MS = 86_400_000;

/** Of a category not granted at each step. */
const REFUSED: Record<AuditStep, ViolationKind> = {
  'before-consent': 'set-before-consent',
  'after-refusal': 'kept-after-refusal',
  // "Tout accepter" grants everything: a category still refused then was refused by the stored choice.
  'after-acceptance': 'kept-after-refusal',
  'after-withdrawal': 'kept-after-withdrawal',
};

interface Declaration {
  readonly entry: DeclaredEntry;
  readonly cookie: CookieDefinition;
}

/** A cookie or a web storage key. */
type Stored = Exclude<Observed, { readonly type: 'request' }>;

const nameOf = (name: string | RegExp) => (typeof name === 'string' ? name : String(name));
const bare = (domain: string) => domain.replace(/^\./, '').toLowerCase();
/** Whether `host` is `domain` or one of its subdomains. */
const within = (host: string, domain: string) => host === bare(domain) || host.endsWith(`.${bare(domain)}`);
/** Whether `host` matches `cdn.example.org` exactly, or `*.example.org` as the domain or a subdomain. */
const hostMatches = (host: string, pattern: string) =>
  pattern.startsWith('*.') ? within(host, pattern.slice(2)) : host === bare(pattern);

function declarationsOf({ catalogue, storageName, maxAgeDays }: JudgeSettings): Declaration[] {
  const declared: Declaration[] = catalogue.serviceIds.flatMap((service) => {
    const definition = catalogue.services[service];
    if (!definition) return [];
    return definition.cookies.map((cookie, index) => ({
      cookie,
      entry: {
        path: `services.${service}.cookies.${index}`,
        service,
        category: definition.category,
        name: nameOf(cookie.name),
        ...(cookie.duration === undefined ? {} : { duration: cookie.duration }),
      },
    }));
  });
  // The kit's own cookie is declared by the kit (its cookie table lists it): it may live as long as a choice.
  const own = { path: 'storage', service: null, category: null, name: storageName, duration: maxAgeDays };
  return [
    ...declared,
    { cookie: { name: storageName, purpose: '' }, entry: own },
    { cookie: { name: storageName, purpose: '', storage: 'localStorage' }, entry: own },
  ];
}

/** Whether a cookie or key lives where its declaration says: web storage for `storage: 'localStorage'`, the domain, the path. */
function fits(cookie: CookieDefinition, observed: Stored, siteHosts: readonly string[]) {
  if ((observed.type === 'cookie') !== (cookie.storage !== 'localStorage')) return false;
  const host = observed.type === 'cookie' ? bare(observed.domain) : new URL(observed.origin).hostname;
  if (cookie.domain !== undefined) {
    if (!within(host, cookie.domain)) return false;
  } else if (cookie.party !== 'third' && !siteHosts.some((site) => within(site, host))) {
    return false;
  }
  if (observed.type !== 'cookie' || cookie.path === undefined) return true;
  const path = cookie.path.replace(/\/$/, '');
  return observed.path === cookie.path || observed.path === path || observed.path.startsWith(`${path}/`);
}

/** The declaration a cookie or key matches, and those of its name that it does not fit. */
function match(stored: Stored, declarations: readonly Declaration[], siteHosts: readonly string[]) {
  const named = declarations.filter(({ cookie }) => matchesDeclaredName(cookie.name, stored.name));
  const found = named.find(({ cookie }) => fits(cookie, stored, siteHosts));
  return { found: found?.entry, nearest: found ? [] : named.map(({ entry }) => entry) };
}

/** The service a request to `host` belongs to: by `serviceHosts`, else by a cookie declared on that domain. */
function attribute(host: string, settings: JudgeSettings): DeclaredEntry | undefined {
  const { catalogue, serviceHosts } = settings;
  const service =
    catalogue.serviceIds.find((id) => serviceHosts[id]?.some((pattern) => hostMatches(host, pattern))) ??
    catalogue.serviceIds.find((id) =>
      catalogue.services[id]?.cookies.some((cookie) => cookie.domain !== undefined && within(host, cookie.domain)),
    );
  const category = service === undefined ? undefined : catalogue.services[service]?.category;
  return service === undefined || category === undefined
    ? undefined
    : { path: `services.${service}`, service, category };
}

/** Days left before a cookie expires, as seen at `at`. */
const daysLeft = (expires: number, at: number) => (expires * 1000 - at) / DAY_MS;

/** How a subject is named in a message. */
export function describeSubject(subject: Observed): string {
  switch (subject.type) {
    case 'cookie':
      return `cookie ${subject.name} (${subject.domain}${subject.path})`;
    case 'localStorage':
    case 'sessionStorage':
      return `${subject.type} ${subject.name} (${subject.origin})`;
    case 'request':
      return `request ${subject.url}`;
  }
  return subject satisfies never;
}

/**
 * Judges what was seen at one moment. A cookie or key must match a declaration whose category is granted; one that
 * matches none breaks the choice before consent and after a refusal, and is "undeclared" once consent was given. A
 * request to another host than the page's, not allowed, belongs to the service it is attributed to; one attributed to
 * none counts before consent, after a refusal, and after a withdrawal that left no consent category granted. A
 * declared duration is checked at every step.
 */
export function judge(observations: readonly Observed[], moment: Moment, settings: JudgeSettings): Violation[] {
  const { catalogue, siteHosts, toleranceDays } = settings;
  const declarations = declarationsOf(settings);
  const consentGranted = catalogue.categoryIds.some((id) => {
    const category = catalogue.categories[id];
    return moment.granted.has(id) && !category?.required && !category?.exempt;
  });
  const refused = REFUSED[moment.step];
  const consented = moment.step === 'after-acceptance' || moment.step === 'after-withdrawal';
  const judgesUnattributed = !consented || (moment.step === 'after-withdrawal' && !consentGranted);
  const pageHost = new URL(moment.page).hostname;
  const violations: Violation[] = [];
  const report = (
    kind: ViolationKind,
    subject: Observed,
    declared: DeclaredEntry | null,
    detail: string,
    nearest?: DeclaredEntry[],
  ) =>
    violations.push({
      kind,
      step: moment.step,
      subject,
      declared,
      ...(nearest?.length ? { nearest } : {}),
      pages: [moment.page],
      ...(moment.withdrawn ? { withdrawn: moment.withdrawn } : {}),
      detail,
    });
  const notGranted = (declared: DeclaredEntry) => declared.category !== null && !moment.granted.has(declared.category);

  for (const subject of observations) {
    if (subject.type === 'request') {
      const { protocol, hostname } = new URL(subject.url);
      if (!/^(https?|wss?):$/.test(protocol) || hostname === pageHost) continue;
      if (settings.allowHosts.some((pattern) => hostMatches(hostname, pattern))) continue;
      const service = attribute(hostname, settings);
      if (service && notGranted(service)) {
        report(
          refused,
          subject,
          service,
          `${hostname} belongs to ${service.path}, whose category "${service.category}" is not granted`,
        );
      } else if (!service && judgesUnattributed) {
        report(refused, subject, null, `${hostname} is another host, attributed to no service and not allowed`);
      }
      continue;
    }
    const { found, nearest } = match(subject, declarations, siteHosts);
    if (!found) {
      const where = nearest.length
        ? `; ${nearest.map((entry) => entry.path).join(', ')} has its name but not its domain, path or storage`
        : '';
      if (consented) report('undeclared', subject, null, `matches no declared cookie${where}`, nearest);
      else report(refused, subject, null, `matches no declared cookie, so no category allows it${where}`, nearest);
      continue;
    }
    if (notGranted(found)) {
      report(refused, subject, found, `declared at ${found.path}, whose category "${found.category}" is not granted`);
    }
    if (subject.type !== 'cookie' || found.duration === undefined) continue;
    if (found.duration === 'session' && subject.expires !== -1) {
      report(
        'lives-longer-than-declared',
        subject,
        found,
        `declared for the session, kept ${Math.ceil(daysLeft(subject.expires, moment.at))} days`,
      );
    } else if (typeof found.duration === 'number' && subject.expires !== -1) {
      const left = daysLeft(subject.expires, moment.at);
      if (left > found.duration + toleranceDays) {
        report(
          'lives-longer-than-declared',
          subject,
          found,
          `expires in ${Math.round(left)} days, declared ${found.duration}`,
        );
      }
    }
  }
  return violations;
}

/** A subject's identity: the same cookie, key or resource seen on several pages is one finding. */
function identity(subject: Observed) {
  switch (subject.type) {
    case 'cookie':
      return `cookie ${subject.name} ${bare(subject.domain)} ${subject.path}`;
    case 'request': {
      const url = new URL(subject.url);
      return `request ${url.origin}${url.pathname}`;
    }
    default:
      return `${subject.type} ${subject.origin} ${subject.name}`;
  }
}

/**
 * Merges repeated findings: one per kind, step and subject, with every page it was seen on; "undeclared" and
 * "lives longer than declared" only at the first step they were seen, since they do not depend on the step.
 */
export function mergeViolations(violations: readonly Violation[]): Violation[] {
  const merged = new Map<string, Violation>();
  for (const violation of violations) {
    const anyStep = violation.kind === 'undeclared' || violation.kind === 'lives-longer-than-declared';
    const key = `${violation.kind} ${anyStep ? '' : violation.step} ${identity(violation.subject)}`;
    const known = merged.get(key);
    if (!known) merged.set(key, violation);
    else if (known.step === violation.step) {
      merged.set(key, { ...known, pages: [...new Set([...known.pages, ...violation.pages])] });
    }
  }
  return [...merged.values()];
}
