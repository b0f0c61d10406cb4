import { createServer } from 'node:http';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConsentOptionError, type ConsentRecord, decodeRecord, encodeRecord } from '../../src/core';
import { type ConsentLog, createConsentEndpoint, sqliteLog, toNodeHandler } from '../../src/server';
import { montreuilDemo } from '../fixtures/montreuil';
import { recordOf, temporaryFolder } from './helpers';

const NOW = Date.UTC(2026, 0, 15, 10, 30);
const DAY = 86_400_000;
const SITE = 'http://127.0.0.1:3000';
const folder = temporaryFolder();
let logs = 0;

/** A fresh proof log in its own SQLite file. */
function newLog() {
  const log = sqliteLog(join(folder, `log-${++logs}.sqlite`));
  afterAll(() => log.close());
  return log;
}

/** Every record the log holds. */
async function logged(log: ConsentLog) {
  const records = [];
  for await (const record of log.export()) records.push(record);
  return records;
}

const log = newLog();
const endpoint = createConsentEndpoint({ catalogue: montreuilDemo, log, now: () => NOW });

/** A POST to the endpoint as Chromium sends it from one of the site's pages; `headers` may override. */
const post = (body: unknown, headers: Record<string, string> = {}, url = `${SITE}/api/consent`) =>
  new Request(url, {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: {
      'content-type': 'text/plain;charset=UTF-8',
      origin: new URL(url).origin,
      'sec-fetch-site': 'same-origin',
      ...headers,
    },
  });

const decided = (type: 'ACCEPT_ALL' | 'REJECT_ALL' | 'SAVE' = 'ACCEPT_ALL', now = NOW - 60_000) =>
  recordOf(montreuilDemo, type, { now });

/** The `Set-Cookie` header's attributes, by lower-case name, and its value. */
function cookieOf(response: Response) {
  const [pair = '', ...attributes] = (response.headers.get('set-cookie') ?? '').split('; ');
  const [name, value] = pair.split(/=(.*)/s);
  return {
    name,
    value,
    attributes: Object.fromEntries(attributes.map((attribute) => [attribute.split('=')[0]?.toLowerCase(), attribute])),
  };
}

describe('createConsentEndpoint', () => {
  describe('given a valid record posted from one of the site’s pages', () => {
    it('logs it, answers 204 and re-sets the storage cookie with the value that encodes it', async () => {
      const record = decided('REJECT_ALL');
      const response = await endpoint(post(record));
      expect(response.status).toBe(204);
      expect(await response.text()).toBe('');
      expect(await log.get(record.id)).toEqual({ ...record, receivedAt: NOW });
      const cookie = cookieOf(response);
      expect(cookie.name).toBe('charte');
      expect(cookie.value).toBe(encodeRecord(record, montreuilDemo));
      expect(decodeRecord(cookie.value, montreuilDemo, NOW)).toEqual(record);
    });

    it('sets a cookie for the choice’s whole remaining life, on Path=/ with SameSite=Lax, host-only, not Secure over http', async () => {
      const record = decided('ACCEPT_ALL', NOW - 10 * DAY);
      const { attributes } = cookieOf(await endpoint(post(record)));
      expect(attributes).toEqual({
        'max-age': `Max-Age=${(record.expiresAt - NOW) / 1000}`,
        path: 'Path=/',
        samesite: 'SameSite=Lax',
      });
      expect((record.expiresAt - NOW) / DAY).toBe(173);
    });

    describe('when the page is served over https', () => {
      it('sets a Secure cookie', async () => {
        const secure = await endpoint(post(decided(), {}, 'https://portail.example.fr/api/consent'));
        expect(cookieOf(secure).attributes.secure).toBe('Secure');
      });
    });

    describe('given a configured cookie name, domain and path', () => {
      it('sets the cookie under them', async () => {
        const configured = createConsentEndpoint({
          catalogue: montreuilDemo,
          log: newLog(),
          cookie: { name: 'cookies_preferences', domain: 'example.fr', path: '/portail' },
          now: () => NOW,
        });
        const cookie = cookieOf(await configured(post(decided())));
        expect(cookie.name).toBe('cookies_preferences');
        expect(cookie.attributes).toMatchObject({ domain: 'Domain=example.fr', path: 'Path=/portail' });
      });
    });

    describe('given hostPrefix: true', () => {
      it('sets a __Host- cookie, Secure on Path=/; a Domain with it is refused', async () => {
        const hosted = createConsentEndpoint({
          catalogue: montreuilDemo,
          log,
          cookie: { hostPrefix: true },
          now: () => NOW,
        });
        const cookie = cookieOf(await hosted(post(decided())));
        expect(cookie.name).toBe('__Host-charte');
        expect(cookie.attributes).toMatchObject({ secure: 'Secure', path: 'Path=/' });
        const withDomain = () =>
          createConsentEndpoint({ catalogue: montreuilDemo, log, cookie: { hostPrefix: true, domain: 'example.fr' } });
        // The same error as the browser's cookie adapter gives for the same option.
        expect(withDomain).toThrow(ConsentOptionError);
        expect(withDomain).toThrow('cookie.domain: a __Host- cookie cannot have a Domain');
      });
    });

    describe('when the browser already holds a newer choice (an older record retried from the outbox)', () => {
      it('logs the older record but sends no cookie, and sends the newer one’s', async () => {
        const [older, newer] = [decided('ACCEPT_ALL', NOW - 2 * DAY), decided('REJECT_ALL', NOW - DAY)];
        const held = `charte=${encodeRecord(newer, montreuilDemo)}`;
        const response = await endpoint(post(older, { cookie: held }));
        expect(response.status).toBe(204);
        expect(response.headers.get('set-cookie')).toBeNull();
        expect(await log.get(older.id)).toMatchObject({ id: older.id });
        const again = await endpoint(post(newer, { cookie: `charte=${encodeRecord(older, montreuilDemo)}` }));
        expect(cookieOf(again).value).toBe(encodeRecord(newer, montreuilDemo));
      });
    });

    describe('when the choice has already lapsed', () => {
      it('logs the record but sends no cookie', async () => {
        const lapsed = decided('ACCEPT_ALL', NOW - 200 * DAY);
        const response = await endpoint(post(lapsed));
        expect(response.status).toBe(204);
        expect(response.headers.get('set-cookie')).toBeNull();
        expect(await log.get(lapsed.id)).not.toBeNull();
      });
    });
  });

  describe('given an invalid record', () => {
    it.each([
      ['a bad field', { method: 'scroll' }, 'method'],
      ['a wrong revision', { revision: 7 }, 'revision'],
      ['an unknown category', { categories: { necessary: true, ads: true } }, 'categories.ads'],
      ['an expiry beyond maxAgeDays', { expiresAt: NOW + 400 * DAY }, 'expiresAt'],
    ])('answers 400 with the bad field for %s, and writes nothing', async (_, change, field) => {
      const record = { ...decided(), ...change };
      const response = await endpoint(post(record));
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ field, problem: expect.any(String) });
      expect(response.headers.get('set-cookie')).toBeNull();
      expect(await log.get(record.id)).toBeNull();
    });
  });

  describe('given a body over 8 kB', () => {
    it.each([
      ['declared by Content-Length', (body: string) => post(body)],
      [
        'streamed without a length',
        (body: string) =>
          new Request(`${SITE}/api/consent`, {
            method: 'POST',
            body: new Blob([body]).stream(),
            duplex: 'half',
            headers: { origin: SITE, 'sec-fetch-site': 'same-origin' },
          } as RequestInit),
      ],
    ])('answers 400 to it, %s, and writes nothing', async (_, request) => {
      const record = decided();
      const body = JSON.stringify({ ...record, padding: 'x'.repeat(8192) });
      const response = await endpoint(request(body));
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ field: 'body', problem: 'larger than 8192 bytes' });
      expect(await log.get(record.id)).toBeNull();
    });
  });

  describe('given a body that is no record', () => {
    it.each(['{"id":', 'null', '\uFFFE'])('answers 400 (%j)', async (body) => {
      const response = await endpoint(post(body));
      expect(response.status).toBe(400);
      expect((await response.json()).field).toMatch(/^(body|record)$/);
    });
  });

  describe('given a post from another site', () => {
    it.each([
      ['another origin', { origin: 'https://evil.example' }, 'origin'],
      ['a cross-site request', { origin: '', 'sec-fetch-site': 'cross-site' }, 'sec-fetch-site'],
      ['a sibling subdomain', { origin: 'http://shop.127.0.0.1:3000', 'sec-fetch-site': 'same-site' }, 'origin'],
      ['a request with neither header', { origin: '', 'sec-fetch-site': '' }, 'origin'],
      ['a sandboxed frame (Origin: null)', { origin: 'null' }, 'origin'],
    ])('answers 403 to %s, and writes nothing', async (_, headers, field) => {
      const record = decided();
      const request = post(record, headers);
      for (const [name, value] of Object.entries(headers)) if (value === '') request.headers.delete(name);
      const response = await endpoint(request);
      expect(response.status).toBe(403);
      expect((await response.json()).field).toBe(field);
      expect(await log.get(record.id)).toBeNull();
    });
  });

  describe('given a post whose Origin is the Host the browser asked for, whatever host the URL names', () => {
    it('takes it (Next.js, a proxy)', async () => {
      const asNext = post(
        decided(),
        { origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000' },
        'http://localhost:3000/api/consent',
      );
      expect((await endpoint(asNext)).status).toBe(204);
      const proxied = post(
        decided(),
        { origin: 'https://portail.example.fr', host: '10.0.0.7:3000', 'x-forwarded-host': 'portail.example.fr' },
        'http://10.0.0.7:3000/api/consent',
      );
      const response = await endpoint(proxied);
      expect(response.status).toBe(204);
      expect(cookieOf(response).attributes.secure).toBe('Secure');
    });
  });

  describe('given allowedOrigins', () => {
    it('takes a post from an origin it lists (a sibling site)', async () => {
      const proxied = createConsentEndpoint({
        catalogue: montreuilDemo,
        log,
        allowedOrigins: ['https://portail.example.fr'],
        now: () => NOW,
      });
      const response = await proxied(
        post(decided(), { origin: 'https://portail.example.fr', 'sec-fetch-site': 'same-site' }),
      );
      expect(response.status).toBe(204);
      expect(cookieOf(response).attributes.secure).toBe('Secure');
    });
  });

  describe('when a record is posted twice, then another under the same id', () => {
    it('stores the record once, and refuses the other with 409', async () => {
      const record = decided('SAVE');
      const duplicates = newLog();
      const once = createConsentEndpoint({ catalogue: montreuilDemo, log: duplicates, now: () => NOW });
      const answers = await Promise.all([once(post(record)), once(post(record))]);
      expect(answers.map(({ status }) => status)).toEqual([204, 204]);
      expect((await once(post(record))).status).toBe(204);
      const forged = {
        ...record,
        categories: { ...record.categories, video: true },
        services: { ...record.services, youtube: true },
      };
      const conflict = await once(post(forged));
      expect(conflict.status).toBe(409);
      expect(await conflict.json()).toEqual({ field: 'id', problem: expect.any(String) });
      expect(conflict.headers.get('set-cookie')).toBeNull();
      expect(await logged(duplicates)).toEqual([{ ...record, receivedAt: NOW }]);
    });
  });

  describe('when the log fails', () => {
    it('answers 503, so that the beacon posts the record again', async () => {
      const failing = createConsentEndpoint({
        catalogue: montreuilDemo,
        log: { ...log, append: () => Promise.reject(new Error('disk full')) },
        now: () => NOW,
      });
      const errors: unknown[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => errors.push(args);
      try {
        const response = await failing(post(decided()));
        expect(response.status).toBe(503);
        expect(response.headers.get('set-cookie')).toBeNull();
      } finally {
        console.error = original;
      }
      expect(errors).toHaveLength(1);
    });
  });

  describe('given a request that is not a POST', () => {
    it('answers 405, naming POST in Allow', async () => {
      const response = await endpoint(new Request(`${SITE}/api/consent`));
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
    });
  });

  describe('given a maxAgeDays over 13 months', () => {
    it('refuses to be created', () => {
      expect(() => createConsentEndpoint({ catalogue: montreuilDemo, log, maxAgeDays: 400 })).toThrow('maxAgeDays');
    });
  });
});

describe('toNodeHandler, on node:http', () => {
  const server = createServer(toNodeHandler(endpoint));
  const listening = new Promise<string>((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
    }),
  );
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const send = async (body: string, headers: Record<string, string> = {}) => {
    const origin = await listening;
    return fetch(`${origin}/api/consent`, { method: 'POST', body, headers: { origin, ...headers } });
  };

  describe('given a valid record', () => {
    it('answers as the Web handler does: 204 with its Set-Cookie, the record logged', async () => {
      const record: ConsentRecord = decided();
      const response = await send(JSON.stringify(record));
      expect(response.status).toBe(204);
      expect(response.headers.getSetCookie()).toEqual([expect.stringMatching(/^charte=2\./)]);
      expect(await log.get(record.id)).toMatchObject({ id: record.id });
    });
  });

  describe('given a post from another origin, then an oversized body', () => {
    it('answers 403, then 400, on a connection that stays usable', async () => {
      expect((await send('{}', { origin: 'https://evil.example' })).status).toBe(403);
      const oversized = await send('x'.repeat(100_000));
      expect(oversized.status).toBe(400);
      expect(await oversized.json()).toMatchObject({ field: 'body' });
      const origin = await listening;
      const streamed = await fetch(`${origin}/api/consent`, {
        method: 'POST',
        body: new Blob(['x'.repeat(100_000)]).stream(),
        duplex: 'half',
        headers: { origin },
      } as RequestInit);
      expect(streamed.status).toBe(400);
      expect((await send(JSON.stringify(decided()))).status).toBe(204);
    });
  });
});
