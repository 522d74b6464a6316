import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

import { demoSiteId } from '../../tools/local-graph/demo-tenant';
import { type LocalServerHarness, measure, type ServerStats, startHarness } from '../../tools/bench/harness';
import type { DataContext } from '../../src/data/data-context';
import { provisionLists } from '../../src/data/provision-lists';
import type { GraphClient } from '../../src/graph/graph-client';

export type TestServer = LocalServerHarness;
export type Stats = ServerStats;
export const SITE_ID = demoSiteId;
export const startTestServer = startHarness;

export async function provisioned(graph: GraphClient): Promise<DataContext> {
  return (await provisionLists(graph, SITE_ID)).context;
}

/** Requests the wire saw while `run` ran. */
export async function requestsSince(server: TestServer, run: () => Promise<unknown>): Promise<Stats> {
  return (await measure(server, run)).stats;
}

export interface LocalSite {
  /** The local Graph server the file's tests run against. */
  readonly server: TestServer;
  /** The provisioned site's data context (only with `provision`). */
  readonly ctx: DataContext;
}

/**
 * The one set-up every integration test file shares: a local Graph server of its own (port 0, its own data)
 * started before the file's tests and closed after them — or, with `each`, a fresh one for every test — with the
 * lists provisioned when `provision` is set. Read `server` and `ctx` inside tests and later hooks.
 */
export function localSite(options: { readonly provision?: boolean; readonly each?: boolean; readonly timeout?: number } = {}): LocalSite {
  let server: TestServer | undefined;
  let ctx: DataContext | undefined;
  const [before, after] = options.each ? [beforeEach, afterEach] : [beforeAll, afterAll];
  before(async () => {
    server = await startTestServer();
    if (options.provision) ctx = await provisioned(server.graph());
  }, options.timeout);
  after(() => server?.close());
  return {
    get server() {
      if (!server) throw new Error('The local Graph server starts before the tests: read it inside a test or hook.');
      return server;
    },
    get ctx() {
      if (!ctx) throw new Error('No data context: ask localSite for { provision: true }, and read it inside a test or hook.');
      return ctx;
    },
  };
}
