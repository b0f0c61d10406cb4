import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { TLSSocket } from 'node:tls';

/** A request listener for `node:http`, `node:https` and Express, as `toNodeHandler` returns it. */
export type NodeHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/**
 * Runs a Web-standard handler (`createConsentEndpoint`'s) for `node:http` and Express: `app.post('/api/consent',
 * toNodeHandler(endpoint))`, mounted before any body parser. The URL is built from the `Host` header and the
 * socket's scheme. Never rejects: a failing handler answers `500`.
 */
export function toNodeHandler(handler: (request: Request) => Promise<Response>): NodeHandler {
  return async (incoming, outgoing) => {
    try {
      const scheme = (incoming.socket as TLSSocket).encrypted ? 'https' : 'http';
      const headers = new Headers();
      for (const [key, value] of Object.entries(incoming.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const method = incoming.method ?? 'GET';
      const request = new Request(`${scheme}://${incoming.headers.host ?? 'localhost'}${incoming.url ?? '/'}`, {
        method,
        headers,
        ...(method === 'GET' || method === 'HEAD'
          ? {}
          : { body: Readable.toWeb(incoming) as ReadableStream<Uint8Array>, duplex: 'half' }),
      } as RequestInit);
      const response = await handler(request);
      const head: Record<string, string | string[]> = {};
      response.headers.forEach((value, key) => {
        if (key !== 'set-cookie') head[key] = value;
      });
      const cookies = response.headers.getSetCookie();
      if (cookies.length > 0) head['set-cookie'] = cookies;
      outgoing.writeHead(response.status, head);
      outgoing.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      console.error('charte/server: the handler failed', error);
      if (!outgoing.headersSent) outgoing.writeHead(500);
      outgoing.end();
    }
  };
}
