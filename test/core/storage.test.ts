import { describe, expect, it, vi } from 'vitest';
import {
  cookieAdapter,
  createConsentStore,
  encodeRecord,
  localStorageAdapter,
  memoryAdapter,
  readConsent,
  type StorageAdapter,
} from '../../src/core';
import { fallbackToMemory } from '../../src/core/storage';
import { montreuil, montreuilDemo } from '../fixtures/montreuil';

const NOW = Date.UTC(2026, 10, 29, 12, 0, 0);

function spyOnCookieWrites() {
  const writes: string[] = [];
  const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (!descriptor?.set || !descriptor.get) throw new Error('jsdom has no document.cookie accessor');
  const { get, set } = descriptor;
  vi.spyOn(document, 'cookie', 'set').mockImplementation(function (this: Document, value: string) {
    writes.push(value);
    set.call(this, value);
  });
  vi.spyOn(document, 'cookie', 'get').mockImplementation(function (this: Document) {
    return get.call(this);
  });
  return writes;
}

describe('cookieAdapter', () => {
  it('writes a first-party cookie: Path=/, SameSite=Lax, Max-Age of the choice, no Domain, not Secure on http', () => {
    const writes = spyOnCookieWrites();
    const store = createConsentStore({ catalogue: montreuil, now: () => NOW, cookie: { name: 'cookies_preferences' } });
    store.hydrate();
    store.send({ type: 'REJECT_ALL' });
    expect(writes).toHaveLength(1);
    const [pair, ...attributes] = (writes[0] as string).split('; ');
    expect(pair).toMatch(/^cookies_preferences=2\.1\.[\w.-]+$/);
    expect(attributes).toEqual(['Path=/', `Max-Age=${183 * 86_400}`, 'SameSite=Lax']);
    expect(document.cookie).toContain(pair);
    expect(new TextEncoder().encode(writes[0]).length).toBeLessThan(4096);
  });

  it('adds Secure on https and Domain only when configured', () => {
    const writes = spyOnCookieWrites();
    vi.stubGlobal('location', { protocol: 'https:' });
    cookieAdapter({ domain: 'montreuil.fr' }).write('v', 60);
    vi.unstubAllGlobals();
    expect(writes).toEqual(['charte=v; Path=/; Max-Age=60; SameSite=Lax; Secure; Domain=montreuil.fr']);
  });

  it('clears with Max-Age=0 on the same path', () => {
    const writes = spyOnCookieWrites();
    const adapter = cookieAdapter();
    adapter.write('v', 60);
    expect(adapter.read()).toBe('v');
    adapter.clear();
    expect(writes[1]).toBe('charte=; Path=/; Max-Age=0; SameSite=Lax');
    expect(adapter.read()).toBeNull();
  });

  it('reads its own cookie among others', () => {
    // biome-ignore lint/suspicious/noDocumentCookie: arranging the jar.
    document.cookie = 'charte_other=x; Path=/';
    // biome-ignore lint/suspicious/noDocumentCookie: arranging the jar.
    document.cookie = 'charte=mine; Path=/';
    expect(cookieAdapter().read()).toBe('mine');
  });
});

describe('localStorageAdapter and memoryAdapter', () => {
  it.each([
    ['localStorage', () => localStorageAdapter('consent')],
    ['memory', () => memoryAdapter()],
  ])('%s keeps, reads and clears a value', (_name, make) => {
    const adapter = make();
    adapter.write('v', 60);
    expect(adapter.read()).toBe('v');
    adapter.clear();
    expect(adapter.read()).toBeNull();
  });
});

describe('given a storage that throws', () => {
  const throwing = (): StorageAdapter => ({
    read: () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
    write: () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    },
    clear: () => {
      throw new Error('blocked');
    },
  });

  it('falls back to memory for the page lifetime', () => {
    const adapter = fallbackToMemory(throwing());
    expect(adapter.read()).toBeNull();
    adapter.write('v', 60);
    expect(adapter.read()).toBe('v');
  });

  it('the store still records and keeps the choice', () => {
    const store = createConsentStore({ catalogue: montreuilDemo, storage: throwing() });
    expect(() => store.hydrate()).not.toThrow();
    expect(store.getSnapshot().status).toBe('pending');
    store.send({ type: 'ACCEPT_ALL' });
    expect(store.getSnapshot()).toMatchObject({ status: 'decided', view: 'none' });
    store.hydrate();
    expect(store.getSnapshot().granted.categories.statistics).toBe(true);
  });

  it('keeps a value written before the first failure', () => {
    let fail = false;
    const flaky: StorageAdapter = {
      read: () => {
        if (fail) throw new Error('gone');
        return null;
      },
      write: () => {},
      clear: () => {},
    };
    const adapter = fallbackToMemory(flaky);
    adapter.write('kept', 60);
    fail = true;
    expect(adapter.read()).toBe('kept');
  });
});

describe('readConsent', () => {
  const store = createConsentStore({ catalogue: montreuilDemo, storage: memoryAdapter(), now: () => NOW });
  store.send({ type: 'SAVE', choices: { categories: { video: true } } });
  const record = store.getSnapshot().record;
  const value = record ? encodeRecord(record, montreuilDemo) : '';

  it('finds the record in a Cookie header', () => {
    const header = `sessionid=abc; charte=${value}; csrftoken=def`;
    expect(readConsent(header, montreuilDemo, { now: NOW })).toEqual(record);
  });

  it('honours a custom name, and reads nothing from a missing or hostile header', () => {
    expect(
      readConsent(`cookies_preferences=${value}`, montreuilDemo, { name: 'cookies_preferences', now: NOW }),
    ).toEqual(record);
    expect(readConsent(undefined, montreuilDemo)).toBeNull();
    expect(readConsent('charte=%E0%A4%A', montreuilDemo, { now: NOW })).toBeNull();
    expect(readConsent(`charte=${value}`, montreuilDemo, { now: record ? record.expiresAt : NOW })).toBeNull();
  });

  it('with several cookies of that name, ignores the ones that do not decode', () => {
    expect(readConsent(`charte=garbage; charte=${value}`, montreuilDemo, { now: NOW })).toEqual(record);
    expect(readConsent(`charte=${value}; charte=garbage`, montreuilDemo, { now: NOW })).toEqual(record);
  });
});
