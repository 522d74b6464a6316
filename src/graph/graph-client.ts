import type { Middleware } from '@microsoft/microsoft-graph-client';

import type { TokenProvider } from '../auth/token-provider';
import { AuthenticationMiddleware, originOf } from './middleware/authentication';
import type { WaypointContext } from './middleware/context';
import { FetchMiddleware } from './middleware/http';
import { type GraphLogger, LoggingMiddleware } from './middleware/logging';
import { RetryAfterMiddleware } from './middleware/retry-after';
import type { RetryPolicy } from './retry-policy';
import { graphErrorFromResponse } from './graph-error';
import { GraphError, isAbortError } from '../shared/service-error';

/**
 * The one Graph client. The middleware chain, in order (this is the only place it is defined):
 *
 *   1. authentication  token from our TokenProvider, attached only for the configured origin
 *   2. retry           429/503/504 with Retry-After, capped; never repeats an ambiguous create
 *   3. logging         one line per attempt (so retries are visible), no tokens, no queries
 *   4. HTTP            the configured fetch
 *
 * The middleware are the Graph JS SDK's (its `Middleware` interface, linked here with `setNext`);
 * the data layer enters the chain through `send()`, which passes URLs through untouched: the
 * SDK's fluent `api()` re-parses every URL (it re-orders query strings and only understands
 * `https://` hosts), but `@odata.nextLink` and delta links must be followed verbatim. The SDK's
 * `Client` itself is not built: nothing uses its fluent API, and it would add 10 KB (gzip) to
 * every page's first download.
 */
export interface GraphClientConfig {
  /** 'https://graph.microsoft.com' or the local server's URL, without the version segment. */
  readonly baseUrl: string;
  readonly tokenProvider: TokenProvider;
  readonly scopes: readonly string[];
  readonly logger?: GraphLogger;
  readonly fetchImpl?: typeof fetch;
  readonly retry?: Partial<RetryPolicy>;
  /** How long one attempt waits for an answer (default `DEFAULT_REQUEST_TIMEOUT_MS`). */
  readonly timeoutMs?: number;
}

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface GraphRequestInit {
  readonly method: HttpMethod;
  /** Relative to the service root ('/sites/…'), or an absolute link the service gave us. */
  readonly url: string;
  /** Serialised as JSON. */
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
  /** Tell the retry middleware that repeating this request is harmless (e.g. a $batch of GETs). */
  readonly idempotent?: boolean;
  /** The caller retries this request itself (a $batch envelope), so the middleware sends it once. */
  readonly retriedByCaller?: boolean;
  /** Non-2xx statuses to return rather than throw (e.g. 424 for a $batch envelope). */
  readonly acceptStatuses?: readonly number[];
}

export interface GraphResponse<T = unknown> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

export interface GraphClient {
  /** e.g. 'https://graph.microsoft.com/v1.0'. */
  readonly serviceRoot: string;
  /** Sends one request through the chain; a non-2xx response becomes a thrown GraphError. */
  send<T = unknown>(init: GraphRequestInit): Promise<GraphResponse<T>>;
  /** A link from the service ('http…/v1.0/sites/…') as a service-relative URL for $batch parts. */
  toRelative(url: string): string;
}

export const GRAPH_VERSION = 'v1.0';

export function createGraphClient(config: GraphClientConfig): GraphClient {
  const baseUrl = config.baseUrl.replace(/\/+$/, '');
  const origin = originOf(baseUrl);
  if (!origin) throw new Error(`Not a URL: ${config.baseUrl}`);
  const serviceRoot = `${baseUrl}/${GRAPH_VERSION}`;

  const chain: Middleware[] = [
    new AuthenticationMiddleware(config.tokenProvider, config.scopes, new Set([origin])),
    new RetryAfterMiddleware(config.retry),
    ...(config.logger ? [new LoggingMiddleware(config.logger)] : []),
    new FetchMiddleware(config.fetchImpl, config.timeoutMs),
  ];
  for (let i = 0; i + 1 < chain.length; i++) chain[i]!.setNext?.(chain[i + 1]!);
  const head = chain[0]!;

  function absolute(url: string): string {
    if (/^https?:\/\//i.test(url)) {
      if (originOf(url) !== origin) throw new Error(`Refusing to follow a link to another host: ${originOf(url)}`);
      return url;
    }
    return `${serviceRoot}${url.startsWith('/') ? '' : '/'}${url}`;
  }

  async function send<T>(init: GraphRequestInit): Promise<GraphResponse<T>> {
    const headers = new Headers(init.headers);
    let body: string | undefined;
    if (init.body !== undefined) {
      body = JSON.stringify(init.body);
      if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
    }
    headers.set('Accept', 'application/json');
    const context: WaypointContext = {
      request: absolute(init.url),
      options: { method: init.method, headers, ...(body !== undefined ? { body } : {}), ...(init.signal ? { signal: init.signal } : {}) },
      ...(init.idempotent !== undefined ? { idempotent: init.idempotent } : {}),
      ...(init.retriedByCaller ? { retriedByCaller: true } : {}),
    };
    try {
      await head.execute(context);
    } catch (error) {
      if (isAbortError(error) || init.signal?.aborted) throw error;
      if (error instanceof GraphError) throw error;
      throw new GraphError({ status: 0, message: 'No response from the service', cause: error });
    }
    const response = context.response as Response | undefined;
    if (!response) throw new GraphError({ status: 0, message: 'No response from the service' });
    if (!response.ok && !init.acceptStatuses?.includes(response.status)) throw await graphErrorFromResponse(response);
    const text = await response.text();
    const json = /json/i.test(response.headers.get('content-type') ?? 'application/json');
    return { status: response.status, headers: response.headers, body: (text ? (json ? JSON.parse(text) : text) : undefined) as T };
  }

  function toRelative(url: string): string {
    const full = absolute(url);
    if (!full.startsWith(`${serviceRoot}/`)) throw new Error(`Not a ${GRAPH_VERSION} link: ${url}`);
    return full.slice(serviceRoot.length);
  }

  return { serviceRoot, send, toRelative };
}
