import { type AnyCatalogue, initialState, readConsent } from '../core';
import type { Observed } from './model';

/** A cookie as Playwright's `BrowserContext.cookies()` returns it. */
export interface CookieLike {
  readonly name: string;
  readonly value: string;
  readonly domain: string;
  readonly path: string;
  readonly expires: number;
}

/** What the audit needs of a Playwright frame; Playwright Test's and playwright-core's both fit. */
export interface FrameLike {
  evaluate<R, Arg>(pageFunction: (arg: Arg) => R | Promise<R>, arg: Arg): Promise<R>;
}

/** What the audit needs of a Playwright page: Playwright Test's `page` and playwright-core's `Page` both fit. */
export interface PageLike {
  url(): string;
  frames(): readonly FrameLike[];
  context(): { cookies(): Promise<readonly CookieLike[]> };
}

/** Where the kit stores the choice. */
export interface StorageSettings {
  readonly catalogue: AnyCatalogue;
  readonly storageName: string;
}

interface FrameStorage {
  readonly origin: string;
  readonly local: string[];
  readonly session: string[];
  readonly stored: string | null;
  readonly resources: string[];
}

/** Runs in each frame: its web storage keys, the kit's value there, and the resources it requested. */
function readFrame(storageName: string): FrameStorage | null {
  if (location.origin === 'null') return null;
  const keys = (storage: () => Storage) => {
    try {
      return Object.keys(storage());
    } catch {
      return [];
    }
  };
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(storageName);
  } catch {
    // Blocked storage holds nothing.
  }
  return {
    origin: location.origin,
    local: keys(() => localStorage),
    session: keys(() => sessionStorage),
    stored,
    resources: [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)],
  };
}

/** What a page holds now: every cookie of its context, the web storage keys of each frame, its resources. */
export async function observePage(page: PageLike, storageName: string) {
  const frames = await Promise.all(
    page.frames().map((frame) => frame.evaluate(readFrame, storageName).catch(() => null)),
  );
  const storage = frames.filter((frame) => frame !== null);
  const cookies = await page.context().cookies();
  const observed: Observed[] = [
    ...cookies.map(({ name, domain, path, expires }) => ({ type: 'cookie' as const, name, domain, path, expires })),
    ...storage.flatMap(({ origin, local, session }) => [
      ...local.map((name) => ({ type: 'localStorage' as const, name, origin })),
      ...session.map((name) => ({ type: 'sessionStorage' as const, name, origin })),
    ]),
  ];
  return {
    observed,
    cookies,
    resources: storage.flatMap(({ resources }) => resources),
    stored: storage.find(({ stored }) => stored !== null)?.stored ?? null,
  };
}

/**
 * The categories the stored choice grants: read from the storage cookie (or localStorage key) as the kit reads it;
 * without a choice of this revision, the required and exempt ones. `null` means no choice was found.
 */
export function grantedBy(
  cookies: readonly CookieLike[],
  stored: string | null,
  { catalogue, storageName }: StorageSettings,
) {
  const header = [
    ...cookies.filter(({ name }) => name === storageName).map(({ value }) => `${storageName}=${value}`),
    ...(stored === null ? [] : [`${storageName}=${stored}`]),
  ].join('; ');
  const record = readConsent(header, catalogue, { name: storageName });
  const choices = (record ?? initialState(catalogue).granted).categories as Record<string, boolean>;
  return {
    record,
    granted: new Set(catalogue.categoryIds.filter((id) => choices[id] === true)),
  };
}

/** The name of a cookie that holds a choice of this catalogue, to tell a host whose `cookieName` is wrong. */
export const cookieHoldingAChoice = (cookies: readonly CookieLike[], catalogue: AnyCatalogue) =>
  cookies.find(({ name, value }) => readConsent(`${name}=${value}`, catalogue, { name }) !== null)?.name;
