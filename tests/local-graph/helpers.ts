import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalGraphServer, type LocalGraphServer } from '../../tools/local-graph/server';
import { ADMIN_HEADERS } from '../../tools/local-graph/admin';
import { demoSiteId } from '../../tools/local-graph/demo-tenant';

/** Response bodies are checked field by field in the tests. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export const EDITOR = 'Bearer dev:alex.smith@contoso.com';
export const READER = 'Bearer dev-readonly:sam.jones@contoso.com';

export interface TestServer {
  server: LocalGraphServer;
  dataDir: string;
  /** `${url}/v1.0` */
  graph: string;
  cleanup(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'waypoint-graph-'));
  const server = await startLocalGraphServer({ port: 0, dataDir });
  const t: TestServer = {
    server,
    dataDir,
    graph: `${server.url}/v1.0`,
    cleanup: async () => {
      await t.server.close(); // the current server: a test may have restarted it
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return t;
}

export interface Reply {
  status: number;
  headers: Headers;
  body: Json;
}

export async function call(
  base: string,
  method: string,
  path: string,
  options: { body?: unknown; headers?: Record<string, string>; auth?: string | null } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.auth !== null) headers.Authorization = options.auth ?? EDITOR;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const url = /^https?:/.test(path) ? path : `${base}${path}`;
  const res = await fetch(url, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

export const sitePath = `/sites/${demoSiteId}`;

let listCounter = 0;

/** Creates a genericList on the demo site; returns its id and the items path. */
export async function createList(base: string, columns: unknown[], displayName = `List ${++listCounter} ${Date.now()}`): Promise<{ id: string; path: string }> {
  const res = await call(base, 'POST', `${sitePath}/lists`, { body: { displayName, columns, list: { template: 'genericList' } } });
  if (res.status !== 201) throw new Error(`list create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.id as string, path: `${sitePath}/lists/${res.body.id as string}` };
}

/** Creates n items through $batch (20 per envelope, a few envelopes in flight). */
export async function bulkCreate(base: string, listId: string, n: number, fields: (i: number) => Record<string, unknown>, inFlight = 4): Promise<void> {
  const envelopes: number[][] = [];
  for (let i = 0; i < n; i += 20) envelopes.push(Array.from({ length: Math.min(20, n - i) }, (_, k) => i + k));
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < envelopes.length) {
      const indices = envelopes[next++]!;
      const requests = indices.map((i) => ({
        id: String(i),
        method: 'POST',
        url: `${sitePath}/lists/${listId}/items`,
        headers: { 'Content-Type': 'application/json' },
        body: { fields: fields(i) },
      }));
      const res = await call(base, 'POST', '/$batch', { body: { requests } });
      const failed = (res.body.responses as { status: number }[]).filter((r) => r.status !== 201);
      if (res.status !== 200 || failed.length) throw new Error(`bulk create failed: ${res.status} ${JSON.stringify(failed[0] ?? res.body)}`);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
}

/** Follows @odata.nextLink to the end; returns every item and the number of pages. */
export async function readAll(base: string, path: string, headers: Record<string, string> = {}): Promise<{ items: Json[]; pages: number }> {
  const items: Json[] = [];
  let pages = 0;
  let next: string | undefined = path;
  while (next) {
    const res = await call(base, 'GET', next, { headers });
    if (res.status !== 200) throw new Error(`page failed: ${res.status} ${JSON.stringify(res.body)}`);
    items.push(...(res.body.value as Json[]));
    pages++;
    next = res.body['@odata.nextLink'] as string | undefined;
  }
  return { items, pages };
}

export const ETAG_RE = /^"\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\},\d+"$/;

export function expectGraphError(res: Reply, status: number, code?: string): void {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  const err = res.body?.error;
  if (!err || typeof err.code !== 'string' || typeof err.message !== 'string') throw new Error(`not a Graph error body: ${JSON.stringify(res.body)}`);
  if (code !== undefined && err.code !== code) throw new Error(`expected code ${code}, got ${err.code as string}`);
  const inner = err.innerError;
  if (!inner || typeof inner.date !== 'string' || typeof inner['request-id'] !== 'string' || typeof inner['client-request-id'] !== 'string') {
    throw new Error(`innerError incomplete: ${JSON.stringify(inner)}`);
  }
  if (res.headers.get('request-id') !== inner['request-id']) throw new Error('request-id header does not match the body');
}

/** Calls the server's /_admin controls (loopback, with the admin header). */
export function adminFetch(server: { url: string }, path: string, method = 'GET', body?: unknown): Promise<Response> {
  return fetch(`${server.url}/_admin${path}`, {
    method,
    headers: { ...ADMIN_HEADERS, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}
