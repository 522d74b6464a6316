import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { handleBatch } from './batch';
import { CommitGroup } from './commit-group';
import { errorResponse, type GraphRequest, type GraphResponse, type Services } from './context';
import { seedDemoTenant } from './demo-tenant';
import { badRequest, GraphError } from './errors';
import { Faults } from './faults';
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
}

export interface LocalGraphServer {
  /** e.g. http://127.0.0.1:4000 — the Graph base is `${url}/v1.0`. */
  url: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 8 * 1024 * 1024;
const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i;
const CORS_ALLOW_HEADERS = 'Authorization, Content-Type, Accept, If-Match, If-None-Match, Prefer, client-request-id, return-client-request-id, SdkVersion, ConsistencyLevel, Cache-Control';
const CORS_EXPOSE_HEADERS = 'ETag, Retry-After, request-id, client-request-id, Location, Preference-Applied';

export async function startLocalGraphServer(options: LocalGraphServerOptions): Promise<LocalGraphServer> {
  const store = new Store(options.dataDir);
  seedDemoTenant(store);
  const services: Services = { store, faults: new Faults(), stats: new Stats() };
  const commits = new CommitGroup(store);

  const server = createServer((req, res) => {
    handle(services, commits, req, res).catch((err: unknown) => {
      console.error('[local-graph] request failed', err);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  server.keepAliveTimeout = 5000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;

  let closed = false;
  return {
    url,
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

async function handle(services: Services, commits: CommitGroup, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const origin = req.headers.origin;
  if (origin && LOCAL_ORIGIN.test(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Expose-Headers', CORS_EXPOSE_HEADERS);
    res.setHeader('Vary', 'Origin');
  }
  if (req.method === 'OPTIONS') {
    res.writeHead(204, {
      'Access-Control-Allow-Methods': 'GET, POST, PATCH, DELETE, OPTIONS',
      'Access-Control-Allow-Headers': CORS_ALLOW_HEADERS,
      'Access-Control-Max-Age': '600',
    });
    res.end();
    return;
  }

  const requestId = randomUUID();
  const clientRequestId = headerValue(req.headers['client-request-id']) ?? requestId;
  const rawUrl = req.url ?? '/';
  const q = rawUrl.indexOf('?');
  const path = q < 0 ? rawUrl : rawUrl.slice(0, q);
  const query = new URLSearchParams(q < 0 ? '' : rawUrl.slice(q + 1));
  const baseUrl = `http://${req.headers.host ?? 'localhost'}`;

  let response: GraphResponse;
  try {
    const body = await readJson(req);
    if (path === '/_admin' || path.startsWith('/_admin/')) {
      response = admin(services, req.method ?? 'GET', path, body);
    } else if (/^\/v1\.0(\/|$)/.test(path)) {
      const graphReq: GraphRequest = {
        method: (req.method ?? 'GET').toUpperCase(),
        path: path.slice('/v1.0'.length) || '/',
        query,
        headers: lowerCaseHeaders(req),
        body,
        baseUrl,
        requestId,
        clientRequestId,
      };
      if (/^\/(\$|%24)batch$/i.test(graphReq.path)) {
        services.stats.request(`${graphReq.method} /$batch`);
        response =
          graphReq.method === 'POST'
            ? await commits.run(() => handleBatch(services, graphReq), graphReq)
            : errorResponse(new GraphError(405, 'BadRequest', 'Specified HTTP method is not allowed for the request target.'), graphReq);
        services.stats.status(response.status);
      } else {
        response = await commits.run(() => dispatch(services, graphReq, 'request'), graphReq);
      }
    } else {
      response = errorResponse(new GraphError(400, 'BadRequest', `Invalid version: the local Graph server serves /v1.0 only (got '${path}').`), { requestId, clientRequestId });
    }
  } catch (err) {
    response = errorResponse(err, { requestId, clientRequestId });
  }
  send(services, res, response, requestId, clientRequestId);
}

function send(services: Services, res: ServerResponse, response: GraphResponse, requestId: string, clientRequestId: string): void {
  const payload = response.body === undefined ? '' : JSON.stringify(response.body);
  const headers: Record<string, string | number> = {
    ...response.headers,
    'request-id': requestId,
    'client-request-id': clientRequestId,
    'Cache-Control': 'no-store',
  };
  if (payload) headers['Content-Length'] = Buffer.byteLength(payload);
  services.stats.bytes(payload ? Buffer.byteLength(payload) : 0);
  res.writeHead(response.status, headers);
  res.end(payload);
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function lowerCaseHeaders(req: IncomingMessage): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(req.headers)) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new GraphError(413, 'BadRequest', 'The request size exceeds the maximum limit.');
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return undefined;
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badRequest('Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.', 'BadRequest');
  }
}

/** Test and benchmark controls; no auth, never part of Graph. */
function admin(services: Services, method: string, path: string, body: unknown): GraphResponse {
  const json = (b: unknown): GraphResponse => ({ status: 200, headers: { 'Content-Type': 'application/json' }, body: b });
  if (path === '/_admin/faults' && method === 'POST') return json(services.faults.configure(body));
  if (path === '/_admin/faults' && method === 'GET') return json({ ...services.faults.current(), injected: services.faults.injected });
  if (path === '/_admin/stats' && method === 'GET') return json(services.stats.snapshot());
  if (path === '/_admin/stats/reset' && method === 'POST') {
    services.stats.reset();
    return json(services.stats.snapshot());
  }
  throw new GraphError(404, 'itemNotFound', `No admin endpoint ${method} ${path}.`);
}
