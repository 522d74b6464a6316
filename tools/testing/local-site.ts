import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createDevTokenProvider } from '../../src/auth/dev-token-provider';
import type { DataContext } from '../../src/data/data-context';
import { openDataContext } from '../../src/data/provision-lists';
import { createProvisionMapRepository, type ProvisionMapRepository } from '../../src/data/provision-map/repository';
import { createGraphClient } from '../../src/graph/graph-client';
import { startLocalGraphServer } from '../local-graph/server';
import { seedDemo } from '../seed-demo';
import { ADMIN_HEADERS } from '../local-graph/admin';

export interface LocalSite {
  readonly url: string;
  readonly data: DataContext;
  /** A repository as `upn` (another person editing the same map). */
  repository(upn?: string): ProvisionMapRepository;
  /** Requests the server has answered since the last reset (from GET /_admin/stats). */
  stats(): Promise<{ totalRequests: number; requests: Record<string, number>; batch: { envelopes: number; parts: number } }>;
  resetStats(): Promise<void>;
  close(): Promise<void>;
}

export const leader = 'careers.leader@contoso.onmicrosoft.com';

/** The local Graph server on a fresh database, with the demo school's lists provisioned and loaded. */
export async function startLocalSite(): Promise<LocalSite> {
  const dataDir = mkdtempSync(join(tmpdir(), 'waypoint-pane-'));
  const server = await startLocalGraphServer({ port: 0, dataDir });
  const { siteId } = await seedDemo({ graphBaseUrl: server.url, upn: leader });
  const contextAs = async (upn: string): Promise<DataContext> =>
    openDataContext(createGraphClient({ baseUrl: server.url, tokenProvider: createDevTokenProvider({ upn }), scopes: ['Sites.Manage.All'] }), siteId);
  const data = await contextAs(leader);
  const others = new Map<string, DataContext>([[leader, data]]);
  for (const upn of ['careers.adviser@contoso.onmicrosoft.com']) others.set(upn, await contextAs(upn));
  return {
    url: server.url,
    data,
    repository: (upn = leader) => createProvisionMapRepository(others.get(upn) ?? data),
    stats: async () => (await fetch(`${server.url}/_admin/stats`, { headers: ADMIN_HEADERS })).json(),
    resetStats: async () => void (await fetch(`${server.url}/_admin/stats/reset`, { method: 'POST', headers: ADMIN_HEADERS })),
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
