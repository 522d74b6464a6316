/**
 * Loads the demo school into a Graph-compatible server through the app's own data layer:
 * resolve the demo team's site from its group id, provision the lists, and, only when the
 * site holds no institution yet, store the demo school. Safe to run again and again.
 *
 * As a script: `tsx tools/seed-demo.ts` (WAYPOINT_GRAPH_URL, default http://localhost:4000;
 * WAYPOINT_DEV_USER, default careers.leader@contoso.onmicrosoft.com).
 */
import { pathToFileURL } from 'node:url';

import { createDevTokenProvider } from '../src/auth/dev-token-provider';
import { provisionLists } from '../src/data/provision-lists';
import { createImpactRepository, impactDataOf } from '../src/data/impact/repository';
import { createSettingsRepository } from '../src/data/settings/repository';
import { storeInstitution } from '../src/data/store-institution';
import { demoImpact } from '../src/demo/demo-impact';
import { demoSchool } from '../src/demo/demo-school';
import { createGraphClient } from '../src/graph/graph-client';
import { resolveSite } from '../src/graph/sites';
import { demoGroupId } from './local-graph/demo-tenant';

export interface SeedDemoResult {
  readonly siteId: string;
  readonly createdLists: readonly string[];
  /** False when the site already held an institution and was left alone. */
  readonly seeded: boolean;
  readonly itemsWritten: number;
}

export async function seedDemo(options: { graphBaseUrl: string; upn: string }): Promise<SeedDemoResult> {
  const graph = createGraphClient({
    // Accept the server's URL with or without the version segment.
    baseUrl: options.graphBaseUrl.replace(/\/v1\.0\/?$/, ''),
    tokenProvider: createDevTokenProvider({ upn: options.upn }),
    scopes: ['Sites.Manage.All'],
  });
  const site = await resolveSite(graph, { groupId: demoGroupId });
  const provisioned = await provisionLists(graph, site.id);
  const existing = await createSettingsRepository(provisioned.context).getInstitution();
  const impact = createImpactRepository(provisioned.context);
  if (existing) {
    // A site seeded before the impact lists existed gets the demo's impact figures once, into its new empty lists.
    const recorded = impactDataOf(await impact.load());
    const empty = Object.values(recorded).every((records) => records.length === 0);
    const itemsWritten = empty ? (await impact.store(demoImpact)).written : 0;
    return { siteId: site.id, createdLists: provisioned.createdLists, seeded: false, itemsWritten };
  }
  const { written } = await storeInstitution(provisioned.context, demoSchool);
  const impactWritten = (await impact.store(demoImpact)).written;
  return { siteId: site.id, createdLists: provisioned.createdLists, seeded: true, itemsWritten: written + impactWritten };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const graphBaseUrl = process.env.WAYPOINT_GRAPH_URL ?? 'http://localhost:4000';
  const upn = process.env.WAYPOINT_DEV_USER ?? 'careers.leader@contoso.onmicrosoft.com';
  seedDemo({ graphBaseUrl, upn }).then(
    (result) =>
      console.log(
        result.seeded
          ? `Demo school stored on ${result.siteId} (${result.itemsWritten} items; lists created: ${result.createdLists.length}).`
          : `The site ${result.siteId} already holds an institution; ${result.itemsWritten ? `${result.itemsWritten} impact records added` : 'nothing stored'}.`,
      ),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
