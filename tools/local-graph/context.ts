import type { Caller } from './auth';
import { errorBody, GraphError } from './errors';
import type { Faults } from './faults';
import type { Stats } from './stats';
import type { Store } from './store';

/** One Graph request, from the wire or from a $batch part; paths are relative to /v1.0. */
export interface GraphRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  /** Header names in lower case. */
  headers: Record<string, string | undefined>;
  body: unknown;
  /** Origin the client used, e.g. http://127.0.0.1:4000; nextLinks are built on it. */
  baseUrl: string;
  requestId: string;
  clientRequestId: string;
}

export interface GraphResponse {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

export interface Services {
  store: Store;
  faults: Faults;
  stats: Stats;
}

export interface HandlerContext {
  store: Store;
  req: GraphRequest;
  caller: Caller;
  now: string;
  /** Decoded path parameters in order of appearance. */
  params: string[];
  /** Canonical path prefix for links, e.g. `${baseUrl}/v1.0/sites/{id}`. */
  graphBase: string;
}

export type Handler = (ctx: HandlerContext) => GraphResponse;

export function errorResponse(err: unknown, ids: { requestId: string; clientRequestId: string }): GraphResponse {
  const graphErr =
    err instanceof GraphError ? err : new GraphError(500, 'generalException', `An unexpected error occurred: ${err instanceof Error ? err.message : String(err)}`);
  if (!(err instanceof GraphError)) console.error('[local-graph] unexpected error', err);
  return {
    status: graphErr.status,
    headers: { 'Content-Type': 'application/json', ...graphErr.headers },
    body: errorBody(graphErr, ids),
  };
}

export const JSON_CONTENT_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

export function ok(body: unknown, status = 200, headers: Record<string, string> = {}): GraphResponse {
  return { status, headers: { 'Content-Type': JSON_CONTENT_TYPE, ...headers }, body };
}

/**
 * An absolute link to the same resource with the same query options, one of them replaced
 * (nextLink / deltaLink). Keys are compared without `$` and case-insensitively.
 */
export function linkWith(req: GraphRequest, replace: Record<string, string>, drop: string[] = []): string {
  const norm = (k: string): string => k.replace(/^\$/, '').toLowerCase();
  const replaced = new Set(Object.keys(replace).map(norm));
  const dropped = new Set(drop.map(norm));
  const parts: string[] = [];
  for (const [k, v] of req.query) {
    if (replaced.has(norm(k)) || dropped.has(norm(k))) continue;
    parts.push(`${encodeQuery(k)}=${encodeQuery(v)}`);
  }
  for (const [k, v] of Object.entries(replace)) parts.push(`${encodeQuery(k)}=${encodeQuery(v)}`);
  return `${req.baseUrl}/v1.0${req.path}${parts.length ? `?${parts.join('&')}` : ''}`;
}

/** Percent-encodes, leaving the characters OData URLs conventionally show verbatim. */
function encodeQuery(s: string): string {
  return encodeURIComponent(s).replace(/%24/g, '$').replace(/%2C/g, ',').replace(/%2F/g, '/').replace(/%3D/g, '=').replace(/%27/g, "'").replace(/%3A/g, ':');
}
