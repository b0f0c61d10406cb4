import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBeacon } from '../src/beacon';
import { type ConsentRecord, createConsentStore, memoryAdapter } from '../src/core';
import { montreuilDemo } from './fixtures/montreuil';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  localStorage.clear();
});

/** A real record, as onConsentRecorded receives it. */
function decision(type: 'ACCEPT_ALL' | 'REJECT_ALL' = 'ACCEPT_ALL') {
  const store = createConsentStore({ catalogue: montreuilDemo, storage: memoryAdapter() });
  store.send({ type });
  return store.getSnapshot().record as ConsentRecord;
}

type Answer = number | 'opaque' | Error;

/** A fetch answering `answers` in turn (a status, an opaque response or a network error), recording each post. */
function endpointAnswering(...answers: Answer[]) {
  const posted: { url: string; init: RequestInit; body: ConsentRecord }[] = [];
  const fetch = vi.fn(async (url: string, init: RequestInit) => {
    const answer = (answers.length > 1 ? answers.shift() : answers[0]) as Answer;
    posted.push({ url, init, body: JSON.parse(String(init.body)) });
    if (answer instanceof Error) throw answer;
    return answer === 'opaque'
      ? { ok: false, status: 0, type: 'opaque' }
      : { ok: answer >= 200 && answer < 300, status: answer, type: 'basic' };
  });
  vi.stubGlobal('fetch', fetch);
  return { posted, fetch };
}

const outbox = () => (JSON.parse(localStorage.getItem('charte-outbox') ?? '[]') as ConsentRecord[]).map(({ id }) => id);
/** Lets the stubbed responses reach the beacon. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createBeacon', () => {
  describe('given an endpoint that takes the record', () => {
    it('posts each record as JSON, with a keepalive fetch, and forgets it once taken', async () => {
      const { posted } = endpointAnswering(204);
      const record = decision();
      createBeacon('/api/consent')(record);
      expect(posted).toEqual([
        { url: '/api/consent', init: expect.objectContaining({ method: 'POST', keepalive: true }), body: record },
      ]);
      expect(outbox()).toEqual([record.id]);
      await settled();
      expect(outbox()).toEqual([]);
      expect(localStorage.getItem('charte-outbox')).toBeNull();
    });
  });

  describe('given an endpoint that cannot be reached or fails', () => {
    it.each([
      ['the network fails', new TypeError('Failed to fetch')],
      ['the endpoint answers 503', 503],
      ['the endpoint is not found', 404],
    ] as const)('keeps a record when %s, and posts it on the next page load', async (_, answer) => {
      endpointAnswering(answer);
      const record = decision();
      createBeacon('/api/consent')(record);
      await settled();
      expect(outbox()).toEqual([record.id]);
      const { posted } = endpointAnswering(204);
      createBeacon('/api/consent');
      expect(posted.map(({ body }) => body)).toEqual([record]);
      await settled();
      expect(outbox()).toEqual([]);
    });
  });

  describe('given an endpoint that refuses the record', () => {
    it.each([400, 409])('drops a record refused with %i: posting it again would not help', async (status) => {
      endpointAnswering(status);
      createBeacon('/api/consent')(decision());
      await settled();
      expect(outbox()).toEqual([]);
    });
  });

  describe('given an endpoint on another origin, answering with an opaque response', () => {
    it('counts the record as delivered', async () => {
      endpointAnswering('opaque');
      createBeacon('https://proof.example.fr/records')(decision());
      await settled();
      expect(outbox()).toEqual([]);
    });
  });

  describe('given a record waiting from a failed post', () => {
    describe('when the next record is sent', () => {
      it('posts both, oldest first, and keeps only what failed', async () => {
        endpointAnswering(503);
        const [first, second] = [decision('ACCEPT_ALL'), decision('REJECT_ALL')];
        const send = createBeacon('/api/consent');
        send(first);
        await settled();
        const { posted } = endpointAnswering(204, 503);
        send(second);
        expect(posted.map(({ body }) => body.id)).toEqual([first.id, second.id]);
        await settled();
        expect(outbox()).toEqual([second.id]);
      });
    });
  });

  describe('given a throwing or missing fetch, blocked storage or a corrupt outbox', () => {
    it('never throws', async () => {
      vi.stubGlobal(
        'fetch',
        vi.fn(() => {
          throw new TypeError('fetch: not allowed');
        }),
      );
      localStorage.setItem('charte-outbox', '{not json');
      expect(() => createBeacon('/api/consent')(decision())).not.toThrow();
      expect(outbox()).toHaveLength(1);
      vi.stubGlobal('fetch', undefined);
      expect(() => createBeacon('/api/consent')(decision())).not.toThrow();
      vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
        throw new DOMException('blocked', 'SecurityError');
      });
      vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
        throw new DOMException('full', 'QuotaExceededError');
      });
      const { posted } = endpointAnswering(204);
      expect(() => createBeacon('/api/consent')(decision())).not.toThrow();
      expect(posted).toHaveLength(1);
      await settled();
    });
  });
});
