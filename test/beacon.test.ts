import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBeacon } from '../src/beacon';
import { type ConsentRecord, createConsentStore, memoryAdapter } from '../src/core';
import { montreuilDemo } from './fixtures/montreuil';

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

/** A real record, as onConsentRecorded receives it. */
function decision(type: 'ACCEPT_ALL' | 'REJECT_ALL' = 'ACCEPT_ALL') {
  const store = createConsentStore({ catalogue: montreuilDemo, storage: memoryAdapter() });
  store.send({ type });
  return store.getSnapshot().record as ConsentRecord;
}

/** navigator.sendBeacon answering `queued` in turn, recording what was posted. */
function beaconAnswering(...queued: (boolean | Error)[]) {
  const posted: { url: string; body: unknown }[] = [];
  const sendBeacon = vi.fn((url: string, body: string) => {
    const answer = queued.length > 1 ? queued.shift() : queued[0];
    if (answer instanceof Error) throw answer;
    if (answer) posted.push({ url, body: JSON.parse(body) });
    return answer;
  });
  vi.stubGlobal('navigator', { ...navigator, sendBeacon });
  return { posted, sendBeacon };
}

describe('createBeacon', () => {
  it('posts each record as JSON to the host URL', () => {
    const { posted } = beaconAnswering(true);
    const record = decision();
    createBeacon('/consentements')(record);
    expect(posted).toEqual([{ url: '/consentements', body: record }]);
    expect(localStorage.getItem('charte-outbox')).toBeNull();
  });

  it('keeps a record the browser did not queue and posts it on the next page load', () => {
    beaconAnswering(false);
    const record = decision();
    createBeacon('/consentements')(record);
    expect(JSON.parse(localStorage.getItem('charte-outbox') ?? '[]')).toEqual([record]);
    const { posted } = beaconAnswering(true);
    createBeacon('/consentements');
    expect(posted).toEqual([{ url: '/consentements', body: record }]);
    expect(localStorage.getItem('charte-outbox')).toBeNull();
  });

  it('sends what waited before the new record, in order', () => {
    beaconAnswering(false);
    const [first, second] = [decision('ACCEPT_ALL'), decision('REJECT_ALL')];
    const send = createBeacon('/consentements');
    send(first);
    const { posted } = beaconAnswering(true);
    send(second);
    expect(posted.map(({ body }) => (body as ConsentRecord).id)).toEqual([first.id, second.id]);
  });

  it('never throws: a throwing sendBeacon, blocked storage or a corrupt outbox', () => {
    beaconAnswering(new TypeError('sendBeacon: not allowed'));
    localStorage.setItem('charte-outbox', '{not json');
    expect(() => createBeacon('/consentements')(decision())).not.toThrow();
    expect(JSON.parse(localStorage.getItem('charte-outbox') ?? '[]')).toHaveLength(1);
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const { posted } = beaconAnswering(true);
    expect(() => createBeacon('/consentements')(decision())).not.toThrow();
    expect(posted).toHaveLength(1);
    vi.restoreAllMocks();
  });
});
