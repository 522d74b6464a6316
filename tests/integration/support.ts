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
