import type { Browser, BrowserContext, LaunchOptions, Page } from 'playwright-core';
import type { AnyCatalogue } from '../core';
import { AuditError, asCatalogue } from './catalogue';
import { launchChromium, pool } from './chromium';
import { judge, mergeViolations } from './judge';
import { kitSelectors, sectionOf } from './kit';
import { AUDIT_STEPS, type AuditStep, type JudgeSettings, type Moment, type Observed, type Violation } from './model';
import { cookieHoldingAChoice, grantedBy, observePage } from './page';

/** Options of `auditSite`. */
export interface AuditOptions {
  /** Pages to visit, in order; the first one is where choices are made. */
  readonly urls: readonly string[];
  /** The site's catalogue, as given to its `ConsentProvider`. */
  readonly catalogue: AnyCatalogue;
  /** Path of the Chromium or Chrome executable; by default `CHROMIUM_PATH`, then the system's usual paths. */
  readonly chromium?: string;
  /** More options for Playwright's `chromium.launch`, such as `args`. */
  readonly launchOptions?: LaunchOptions;
  /** A browser already launched, used instead of launching one, and left open. */
  readonly browser?: Browser;
  /** The kit's storage cookie (or localStorage key), as given to the provider; `charte` by default. */
  readonly cookieName?: string;
  /** The provider's `maxAgeDays`, the storage cookie's lifetime; 183 by default, as the provider's. */
  readonly maxAgeDays?: number;
  /** Hosts the site may always call, such as its CDN: `cdn.example.org`, or `*.example.org`. */
  readonly allowHosts?: readonly string[];
  /** Hosts each service's scripts and beacons come from, by service id, for requests no cookie domain attributes. */
  readonly serviceHosts?: Readonly<Record<string, readonly string[]>>;
  /** Days a cookie may outlive its declared duration; 1 by default (see the README). */
  readonly toleranceDays?: number;
  /** Milliseconds to wait once the network is idle, for scripts that write later; 500 by default. */
  readonly settleMs?: number;
  /** Milliseconds to wait for a page, the banner or the dialog; 15 000 by default. */
  readonly timeoutMs?: number;
  /** First visits played at once, each in its own context; 2 by default. */
  readonly concurrency?: number;
}

/** What was seen at one step, over every page. */
export interface StepSummary {
  readonly step: AuditStep;
  /** Page loads. */
  readonly visits: number;
  readonly cookies: readonly string[];
  /** Web storage keys, as `localStorage key` or `sessionStorage key`. */
  readonly storage: readonly string[];
  /** Other hosts requested. */
  readonly hosts: readonly string[];
  /** Categories withdrawn, at the withdrawal step. */
  readonly withdrawn?: readonly string[];
}

/** The audit's findings. */
export interface AuditReport {
  /** No violation. */
  readonly ok: boolean;
  readonly urls: readonly string[];
  readonly durationMs: number;
  readonly steps: readonly StepSummary[];
  readonly violations: readonly Violation[];
}

/**
 * Plays a visitor over `urls` in fresh Chromium contexts, clicking the kit's own buttons, and judges every cookie,
 * web storage key and request to another host against the catalogue: before any choice, after "Tout refuser",
 * after "Tout accepter", and after withdrawing each granted category through "Gérer mes cookies".
 */
export async function auditSite(options: AuditOptions): Promise<AuditReport> {
  const started = Date.now();
  const { urls } = options;
  const catalogue = asCatalogue(options.catalogue);
  if (urls.length === 0) throw new AuditError('no URL to audit');
  for (const url of urls) {
    if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol))
      throw new AuditError(`not an http(s) URL: ${url}`);
  }
  const storageName = options.cookieName ?? 'charte';
  const settings: JudgeSettings = {
    catalogue,
    storageName,
    maxAgeDays: options.maxAgeDays ?? 183,
    siteHosts: [...new Set(urls.map((url) => new URL(url).hostname))],
    allowHosts: options.allowHosts ?? [],
    serviceHosts: options.serviceHosts ?? {},
    toleranceDays: options.toleranceDays ?? 1,
  };
  const settleMs = options.settleMs ?? 500;
  const timeout = options.timeoutMs ?? 15_000;
  const violations: Violation[] = [];
  const summaries = AUDIT_STEPS.map((step) => ({
    step,
    visits: 0,
    cookies: new Set<string>(),
    storage: new Set<string>(),
    hosts: new Set<string>(),
    withdrawn: new Set<string>(),
  }));
  const summaryOf = (step: AuditStep) => summaries[AUDIT_STEPS.indexOf(step)] as (typeof summaries)[number];

  const browser = options.browser ?? (await launchChromium(options));
  const contexts: BrowserContext[] = [];

  /** A fresh visitor: its own context, one page, and the requests made since its last check. */
  async function visitor() {
    const context = await browser.newContext();
    contexts.push(context);
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    const page = await context.newPage();
    page.setDefaultTimeout(timeout);
    return { context, page, requests };
  }
  type Visitor = Awaited<ReturnType<typeof visitor>>;

  /** Loads `url` and waits until the network is idle and `settleMs` more, for scripts that write on a timer. */
  async function visit(page: Page, url: string, step: AuditStep) {
    let response: Awaited<ReturnType<Page['goto']>>;
    try {
      response = await page.goto(url, { waitUntil: 'load', timeout });
    } catch (error) {
      // A page that reloads itself (the provider's `reloadOnWithdraw`) interrupts the audit's own navigation.
      if (!/interrupted|ERR_ABORTED/.test((error as Error).message)) {
        throw new AuditError(`could not load ${url}: ${(error as Error).message.split('\n')[0]}`);
      }
      await page.waitForLoadState('load');
      response = await page.goto(url, { waitUntil: 'load', timeout });
    }
    if (response && response.status() >= 400) throw new AuditError(`${url} answered ${response.status()}`);
    // Pages that poll never go idle: they are observed once the wait is over.
    await page.waitForLoadState('networkidle', { timeout }).catch(() => undefined);
    await page.waitForTimeout(settleMs);
    summaryOf(step).visits++;
  }

  /** Judges what the visitor's page holds now, and the requests made since the last check. */
  async function check({ page, requests }: Visitor, step: AuditStep, url: string, withdrawn?: readonly string[]) {
    const seen = await observePage(page, storageName);
    const { granted } = grantedBy(seen.cookies, seen.stored, settings);
    const requested: Observed[] = requests.splice(0).map((request) => ({ type: 'request', url: request }));
    const moment: Moment = { step, page: url, granted, at: Date.now(), ...(withdrawn ? { withdrawn } : {}) };
    violations.push(...judge([...seen.observed, ...requested], moment, settings));
    const summary = summaryOf(step);
    const pageHost = new URL(url).hostname;
    for (const subject of [...seen.observed, ...requested]) {
      if (subject.type === 'cookie') summary.cookies.add(subject.name);
      else if (subject.type === 'request') {
        const { hostname, protocol } = new URL(subject.url);
        if (hostname !== pageHost && /^(https?|wss?):$/.test(protocol)) summary.hosts.add(hostname);
      } else summary.storage.add(`${subject.type} ${subject.name}`);
    }
    for (const category of withdrawn ?? []) summary.withdrawn.add(category);
  }

  /** Clicks one of the kit's elements, or says which one the page lacks. */
  async function click(page: Page, selector: string, what: string) {
    try {
      await page.locator(selector).first().click({ timeout });
    } catch {
      throw new AuditError(
        `${what} (${selector}) not found on ${page.url()}: is the kit's ConsentProvider on this page?`,
      );
    }
  }

  /** The categories the stored choice grants, once a decision must have stored one. */
  async function storedChoice({ page, context }: Visitor, after: string) {
    const seen = await observePage(page, storageName);
    const { record, granted } = grantedBy(seen.cookies, seen.stored, settings);
    if (record) return granted;
    const holder = cookieHoldingAChoice(await context.cookies(), catalogue);
    throw new AuditError(
      `after ${after} on ${page.url()}, no choice was stored under "${storageName}"${holder ? `; the cookie "${holder}" holds one: pass --cookie-name ${holder}` : ''}`,
    );
  }

  async function waitForBanner(page: Page, url: string) {
    try {
      await page.locator(kitSelectors.banner).first().waitFor({ state: 'visible', timeout });
    } catch {
      throw new AuditError(`no banner (${kitSelectors.banner}) on a first visit of ${url}`);
    }
  }

  /** Steps 1 and 2 for one page: a first visit, then "Tout refuser" and a reload. */
  async function firstVisit(url: string) {
    const someone = await visitor();
    await visit(someone.page, url, 'before-consent');
    await waitForBanner(someone.page, url);
    await check(someone, 'before-consent', url);
    await click(someone.page, kitSelectors.rejectAll, 'the banner\'s "reject all" button');
    await someone.page.locator(kitSelectors.banner).first().waitFor({ state: 'detached' });
    await storedChoice(someone, '"reject all"');
    await visit(someone.page, url, 'after-refusal');
    await check(someone, 'after-refusal', url);
    await someone.context.close();
  }

  /**
   * Opens "Gérer mes cookies" on a page that has it, turns `category` off, saves, and visits every page. `earlier`
   * are the categories withdrawn before: until the save, the visitor is still at the step they left.
   */
  async function withdraw(someone: Visitor, category: string, earlier: readonly string[]) {
    const { page } = someone;
    const step = earlier.length ? 'after-withdrawal' : 'after-acceptance';
    const until = earlier.length ? earlier : undefined;
    for (const url of urls) {
      if ((await page.locator(kitSelectors.trigger).count()) > 0) break;
      await visit(page, url, step);
      await check(someone, step, url, until);
    }
    await click(page, kitSelectors.trigger, 'the "manage cookies" trigger');
    const dialog = page.locator(kitSelectors.dialog).first();
    try {
      await dialog.waitFor({ state: 'visible', timeout });
    } catch {
      throw new AuditError(`the preferences dialog (${kitSelectors.dialog}) did not open on ${page.url()}`);
    }
    const sections = dialog.locator(kitSelectors.category);
    const titles = await sections.evaluateAll(
      (elements, title) => elements.map((element) => element.querySelector(title)?.textContent ?? ''),
      kitSelectors.categoryTitle,
    );
    const index = sectionOf(titles, category, catalogue);
    if (index < 0) throw new AuditError(`no switch for the category "${category}" in the preferences dialog`);
    const toggle = sections.nth(index).locator(kitSelectors.switch).first();
    if ((await toggle.getAttribute('aria-checked')) === 'true') await toggle.click();
    await sections.nth(index).locator(`${kitSelectors.switch}[aria-checked="false"]`).first().waitFor();
    // What happened until now happened while the category was granted.
    await check(someone, step, page.url(), until);
    await click(page, `${kitSelectors.dialog} ${kitSelectors.save}`, 'the dialog\'s "save" button');
    await dialog.waitFor({ state: 'hidden' });
    if ((await storedChoice(someone, `withdrawing "${category}"`)).has(category)) {
      throw new AuditError(`"${category}" was still granted after turning its switch off and saving`);
    }
    const withdrawn = [...earlier, category];
    for (const url of urls) {
      await visit(page, url, 'after-withdrawal');
      await check(someone, 'after-withdrawal', url, withdrawn);
    }
  }

  /** Steps 3 and 4: "Tout accepter" on the first page, every page, then each granted category withdrawn in turn. */
  async function acceptThenWithdraw() {
    const someone = await visitor();
    const [first] = urls as [string];
    await visit(someone.page, first, 'before-consent');
    await waitForBanner(someone.page, first);
    await check(someone, 'before-consent', first);
    await click(someone.page, kitSelectors.acceptAll, 'the banner\'s "accept all" button');
    await someone.page.locator(kitSelectors.banner).first().waitFor({ state: 'detached' });
    const granted = await storedChoice(someone, '"accept all"');
    for (const url of urls) {
      await visit(someone.page, url, 'after-acceptance');
      await check(someone, 'after-acceptance', url);
    }
    const withdrawable = catalogue.categoryIds.filter((id) => granted.has(id) && !catalogue.categories[id]?.required);
    for (const [index, category] of withdrawable.entries()) {
      await withdraw(someone, category, withdrawable.slice(0, index));
    }
    await someone.context.close();
  }

  try {
    const played = await Promise.allSettled([acceptThenWithdraw(), pool(urls, options.concurrency ?? 2, firstVisit)]);
    const failed = played.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
  } finally {
    await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
    if (!options.browser) await browser.close();
  }

  const merged = mergeViolations(violations).sort((a, b) => AUDIT_STEPS.indexOf(a.step) - AUDIT_STEPS.indexOf(b.step));
  return {
    ok: merged.length === 0,
    urls: [...urls],
    durationMs: Date.now() - started,
    steps: summaries.map(({ step, visits, cookies, storage, hosts, withdrawn }) => ({
      step,
      visits,
      cookies: [...cookies],
      storage: [...storage],
      hosts: [...hosts],
      ...(step === 'after-withdrawal' ? { withdrawn: [...withdrawn] } : {}),
    })),
    violations: merged,
  };
}
