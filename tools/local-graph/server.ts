import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { getRequestListener, type HttpBindings } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import { compress } from 'hono/compress';
import { admin, ADMIN_HEADER, assertAdminAllowed } from './admin';
import { handleBatch } from './batch';
import { CommitGroup } from './commit-group';
import { errorResponse, type GraphRequest, type GraphResponse, type Services } from './context';
import { seedDemoTenant } from './demo-tenant';
import { GraphError } from './errors';
import { Faults } from './faults';
import { parseJsonBody, readBytes } from './request-body';
import { dispatch } from './router';
import { Stats } from './stats';
import { Store } from './store';

/**
 * A local stand-in for Microsoft Graph's SharePoint-lists subset (as Azurite stands in for
 * Azure Storage): same URLs under /v1.0, same JSON, same errors, backed by SQLite in dataDir.
 */
export interface LocalGraphServerOptions {
  /** 0 = any free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  dataDir: string;
  /**
   * The origin clients use, on which @odata.nextLink, deltaLink and @odata.context are built
   * (never the request's Host header). Default http://localhost:{port}.
   */
  publicUrl?: string;
}

export interface LocalGraphServer {
  /** The public origin, e.g. http://localhost:4000 — the Graph base is `${url}/v1.0`. */
  url: string;
  close(): Promise<void>;
}

const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i;
const CORS_ALLOW_HEADERS = 'Authorization, Content-Type, Accept, If-Match, If-None-Match, Prefer, client-request-id, return-client-request-id, SdkVersion, ConsistencyLevel, Cache-Control';
const CORS_EXPOSE_HEADERS = 'ETag, Retry-After, request-id, client-request-id, Location, Preference-Applied';

type Env = { Bindings: HttpBindings };

export async function startLocalGraphServer(options: LocalGraphServerOptions): Promise<LocalGraphServer> {
  const store = new Store(options.dataDir);
  seedDemoTenant(store);
  const services: Services = { store, faults: new Faults(), stats: new Stats() };
  const commits = new CommitGroup(store);
  let publicUrl = '';

  const app = routes(services, commits, () => publicUrl);
  const listener = getRequestListener(app.fetch, {
    errorHandler: () => new Response('Bad request', { status: 400, headers: { 'Content-Type': 'text/plain' } }),
  });
  const server = createServer((req, res) => {
    void listener(req, res).catch((err: unknown) => failClosed(err, res));
  });
  server.keepAliveTimeout = 5000;
  server.on('clientError', (_err, socket) => socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n'));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  publicUrl = (options.publicUrl ?? `http://localhost:${address.port}`).replace(/\/+$/, '');

  let closed = false;
  return {
    url: publicUrl,
    close: async () => {
      if (closed) return;
      closed = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      store.close();
    },
  };
}

function failClosed(err: unknown, res: ServerResponse): void {
  console.error('[local-graph] request failed', err);
  if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
  res.end();
}

/** hono routes: CORS, the admin controls, /v1.0 (one pipeline for wire requests and $batch). */
function routes(services: Services, commits: CommitGroup, publicUrl: () => string): Hono<Env> {
  const app = new Hono<Env>();
  app.use('*', async (c, next) => {
    const origin = c.req.header('origin');
    if (origin && LOCAL_ORIGIN.test(origin)) {
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Access-Control-Expose-Headers', CORS_EXPOSE_HEADERS);
      c.header('Vary', 'Origin');
    }
    await next();
  });
  // Graph compresses its JSON for a client that accepts gzip (browsers do); an uncompressed stand-in would make
  // the bench's emulated school network carry several times the bytes the real service sends.
  // An item's answer keeps its strong ETag (a client may send it back in If-Match, and this server refuses weak
  // ones as Graph does): compressing would weaken it, and such answers are small.
  const gzip = compress();
  app.use('/v1.0/*', (c, next) =>
    gzip(c, async () => {
      await next();
      if (c.res.headers.has('ETag')) c.res.headers.append('Cache-Control', 'no-transform');
    }),
  );
  app.options('*', (c) => {
    // The admin header is never allowed here: a cross-site page cannot send it.
    c.header('Access-Control-Allow-Methods', 'GET, POST, PATCH, DELETE, OPTIONS');
    c.header('Access-Control-Allow-Headers', CORS_ALLOW_HEADERS);
    c.header('Access-Control-Max-Age', '600');
    return c.body(null, 204);
  });
  app.all('/_admin/*', (c) =>
    answer(c, services, async (ids) => {
      try {
        assertAdminAllowed(c.env.incoming.socket.remoteAddress, c.req.header(ADMIN_HEADER));
        const body = parseJsonBody(await readBytes(c.req.raw.body), c.req.header('content-type'));
        return admin(services, c.req.method, pathOf(c), body);
      } catch (err) {
        return errorResponse(err, ids);
      }
    }),
  );
  app.all('/v1.0/*', (c) =>
    answer(c, services, async (ids) => {
      let graphReq: GraphRequest;
      try {
        const raw = c.env.incoming.url ?? '/';
        const q = raw.indexOf('?');
        graphReq = {
          method: c.req.method.toUpperCase(),
          path: pathOf(c).slice('/v1.0'.length) || '/',
          query: new URLSearchParams(q < 0 ? '' : raw.slice(q + 1)),
          headers: lowerCaseHeaders(c.env.incoming),
          body: parseJsonBody(await readBytes(c.req.raw.body), c.req.header('content-type')),
          baseUrl: publicUrl(),
          ...ids,
        };
      } catch (err) {
        return errorResponse(err, ids);
      }
      if (/^\/(\$|%24)batch$/i.test(graphReq.path)) {
        services.stats.request(`${graphReq.method} /$batch`);
        const response =
          graphReq.method === 'POST'
            ? await commits.run(() => handleBatch(services, graphReq), graphReq)
            : errorResponse(new GraphError(405, 'BadRequest', 'Specified HTTP method is not allowed for the request target.'), graphReq);
        services.stats.status(response.status);
        return response;
      }
      return commits.run(() => dispatch(services, graphReq, 'request'), graphReq);
    }),
  );
  app.all('*', (c) =>
    answer(c, services, async (ids) =>
      errorResponse(new GraphError(400, 'BadRequest', `Invalid version: the local Graph server serves /v1.0 only (got '${pathOf(c)}').`), ids),
    ),
  );
  return app;
}

/** The raw request path (not decoded: handlers decode each segment and refuse what cannot be). */
function pathOf(c: Context<Env>): string {
  const raw = c.env.incoming.url ?? '/';
  const q = raw.indexOf('?');
  return q < 0 ? raw : raw.slice(0, q);
}

type Ids = { requestId: string; clientRequestId: string };

async function answer(c: Context<Env>, services: Services, work: (ids: Ids) => Promise<GraphResponse>): Promise<Response> {
  const requestId = randomUUID();
  const clientRequestId = c.req.header('client-request-id') ?? requestId;
  const response = await work({ requestId, clientRequestId });
  const payload = response.body === undefined ? null : JSON.stringify(response.body);
  services.stats.bytes(payload ? Buffer.byteLength(payload) : 0);
  for (const [k, v] of Object.entries(response.headers)) c.header(k, v);
  c.header('request-id', requestId);
  c.header('client-request-id', clientRequestId);
  c.header('Cache-Control', 'no-store');
  // The rest of an oversized body is never read: the connection cannot carry another request.
  if (response.status === 413) c.header('Connection', 'close');
  // hono's overloads tie a null body to 1xx/204/304; the status comes from the handler.
  return (c.body as (data: string | null, status: number) => Response)(payload, response.status);
}

function lowerCaseHeaders(req: IncomingMessage): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(req.headers)) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}
