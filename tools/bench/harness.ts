import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createDevTokenProvider } from '../../src/auth/dev-token-provider';
import { createGraphClient, type GraphClient } from '../../src/graph/graph-client';
import type { RetryPolicy } from '../../src/graph/middleware/retry-after';
import { ADMIN_HEADERS } from '../local-graph/admin';
import { startLocalGraphServer } from '../local-graph/server';

/**
 * The local Graph server in a throw-away directory, with its admin endpoints (request counts,
 * injected throttling) at hand: what the bench and the integration tests both measure against.
 */
export interface LocalServerHarness {
  readonly url: string;
  graph(upn?: string, options?: { readOnly?: boolean; retry?: Partial<RetryPolicy> }): GraphClient;
  stats(): Promise<ServerStats>;
  resetStats(): Promise<void>;
  faults(config: { rate: number; status?: 429 | 503; retryAfterSeconds?: number; seed?: number }): Promise<{ injected: number }>;
  injectedFaults(): Promise<number>;
  close(): Promise<void>;
}

/** The part of GET /_admin/stats we read. */
export interface ServerStats {
  readonly totalRequests: number;
  readonly requests: Readonly<Record<string, number>>;
  readonly batch: { readonly envelopes: number; readonly parts: number; readonly partsByTemplate: Readonly<Record<string, number>> };
  readonly statuses: Readonly<Record<string, number>>;
  readonly responseBytes: number;
}

export async function startHarness(): Promise<LocalServerHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'waypoint-graph-'));
  const server = await startLocalGraphServer({ port: 0, dataDir });
  const admin = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const send = () =>
      fetch(`${server.url}${path}`, {
        method,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        headers: { ...ADMIN_HEADERS, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
      });
    // A kept-alive connection the server has just timed out fails at once (ECONNRESET); a new one is made on retry.
    const response = await send().catch(send);
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status}`);
    return (await response.json()) as T;
  };
  return {
    url: server.url,
    graph: (upn = 'careers.leader@highfield.example', options = {}) =>
      createGraphClient({
        baseUrl: server.url,
        tokenProvider: createDevTokenProvider({ upn, ...(options.readOnly ? { readOnly: true } : {}) }),
        scopes: ['Sites.Manage.All'],
        ...(options.retry ? { retry: options.retry } : {}),
      }),
    stats: () => admin<ServerStats>('GET', '/_admin/stats'),
    resetStats: async () => void (await admin('POST', '/_admin/stats/reset')),
    faults: (config) => admin('POST', '/_admin/faults', config),
    injectedFaults: async () => (await admin<{ injected: number }>('GET', '/_admin/faults')).injected,
    close: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** What the wire saw while `run` ran (admin calls are not counted). */
export async function measure<T>(harness: LocalServerHarness, run: () => Promise<T>): Promise<{ result: T; stats: ServerStats; ms: number }> {
  await harness.resetStats();
  const started = performance.now();
  const result = await run();
  const ms = performance.now() - started;
  return { result, stats: await harness.stats(), ms };
}
