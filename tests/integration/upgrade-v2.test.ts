import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { createDevTokenProvider } from '../../src/auth/dev-token-provider';
import type { DataContext } from '../../src/data/data-context';
import { listRef } from '../../src/data/data-context';
import { loadInstitution } from '../../src/data/load-institution';
import { provisionLists, ProvisioningPermissionError } from '../../src/data/provision-lists';
import { PER_YEAR_LISTS, SCHEMA_VERSION, waypointSchema } from '../../src/data/schema';
import { schemaVersion1 } from '../../src/data/schema/version-1';
import { demoSchool } from '../../src/demo/demo-school';
import { createGraphClient, type GraphClient } from '../../src/graph/graph-client';
import { getAllItems } from '../../src/graph/list-items';
import { startGraphProcess } from '../support/local-graph-process';
import { storeAsSchema1 } from './schema-1-site';
import { requestsSince, SITE_ID, startTestServer } from './support';
import { ADMIN_HEADERS } from '../../tools/local-graph/admin';

const YEAR = '2026/27' as const;
/** This year's demo as schema 1 could hold it: no carried-forward link, no other years. */
const schema1Demo = {
  ...demoSchool,
  otherYears: undefined,
  plan: { ...demoSchool.plan, actions: demoSchool.plan.actions.map(({ carriedFrom: _c, ...a }) => a) },
};

async function everyItem(ctx: DataContext): Promise<Map<string, Record<string, unknown>[]>> {
  const out = new Map<string, Record<string, unknown>[]>();
  for (const spec of waypointSchema.lists) {
    // Graph refuses a $select of a column the list does not have, so ask each list only for its own; the activities
    // list keeps schema 1's JSON columns (an upgrade never removes a column), which the checks below read.
    const legacy = spec.key === 'activities' ? ['Categories', 'LearningOutcomes', 'Benchmarks'] : [];
    const own = new Set([...spec.columns.map((c) => c.name), ...legacy]);
    const wanted = ['AcademicYear', 'Categories', 'LearningOutcomes', 'Benchmarks', 'CategoryChoices', 'BenchmarkChoices'];
    const select = ['WaypointKey', ...wanted.filter((name) => own.has(name))];
    const items = await getAllItems(ctx.graph, listRef(ctx, spec.key), { select, top: 5000 });
    out.set(spec.key, items.map((i) => ({ ...i.fields })));
  }
  return out;
}

function expectSchema2(items: Map<string, Record<string, unknown>[]>, counts: Record<string, number>): void {
  // Settings also holds the schema record.
  for (const [list, n] of Object.entries(counts)) expect(items.get(list)?.length, list).toBe(list === 'settings' ? n + 1 : n);
  for (const list of PER_YEAR_LISTS) for (const f of items.get(list)!) expect(f['AcademicYear'], `${list} ${String(f['WaypointKey'])}`).toBe(YEAR);
  for (const f of items.get('activities')!) {
    expect(f['Categories'] ?? null).toBeNull();
    expect(f['Benchmarks'] ?? null).toBeNull();
    expect(Array.isArray(f['CategoryChoices'])).toBe(true);
  }
  for (const [, list] of items) {
    const keys = list.map((f) => f['WaypointKey']);
    expect(new Set(keys).size).toBe(keys.length);
  }
}

describe('upgrading a schema-1 site holding the demo school to schema 2', () => {
  it('gives every item its academic year and multi-choice values, then changes nothing when run again', async () => {
    const server = await startTestServer();
    try {
      const v1 = await provisionLists(server.graph(), SITE_ID, { schema: schemaVersion1 });
      const counts = await storeAsSchema1(v1.context, schema1Demo);

      // A reader is told what an administrator must do, and nothing changes.
      const refused = await provisionLists(server.graph('visitor@highfield.example', { readOnly: true }), SITE_ID, { currentYear: YEAR }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(ProvisioningPermissionError);

      const upgraded = await provisionLists(server.graph(), SITE_ID, { currentYear: YEAR });
      expect(upgraded.previousVersion).toBe(1);
      expect(upgraded.schemaVersion).toBe(SCHEMA_VERSION);
      expect(upgraded.addedColumns).toContain('Waypoint Activities.AcademicYear');
      for (const list of PER_YEAR_LISTS) expect(upgraded.upgrade?.converted[list], list).toBe(counts[list]);
      expectSchema2(await everyItem(upgraded.context), counts);
      expect(await loadInstitution(upgraded.context, { year: YEAR })).toEqual(schema1Demo);

      let again: Awaited<ReturnType<typeof provisionLists>> | undefined;
      const stats = await requestsSince(server, async () => {
        again = await provisionLists(server.graph(), SITE_ID, { currentYear: YEAR });
      });
      expect(again?.previousVersion).toBe(SCHEMA_VERSION);
      expect(again?.upgrade).toBeUndefined();
      expect(stats.totalRequests).toBe(2);
    } finally {
      await server.close();
    }
  }, 120_000);

  it('finishes through a 429 storm, converting each item once', async () => {
    const server = await startTestServer();
    try {
      const v1 = await provisionLists(server.graph(), SITE_ID, { schema: schemaVersion1 });
      const counts = await storeAsSchema1(v1.context, schema1Demo);
      await server.faults({ rate: 0.4, status: 429, retryAfterSeconds: 0.01, seed: 3 });
      const upgraded = await provisionLists(server.graph(), SITE_ID, { currentYear: YEAR });
      expect(await server.injectedFaults()).toBeGreaterThan(10);
      await server.faults({ rate: 0 });
      expectSchema2(await everyItem(upgraded.context), counts);
    } finally {
      await server.close();
    }
  }, 120_000);
});

const dataDir = mkdtempSync(join(tmpdir(), 'waypoint-upgrade-kill-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** The server as its own process, so it can be SIGKILLed mid-upgrade, with a client that does not retry. */
async function startChild(): Promise<{ child: ChildProcess; url: string; graph: GraphClient }> {
  const { child, url } = await startGraphProcess(dataDir);
  children.push(child);
  const graph = createGraphClient({
    baseUrl: url,
    tokenProvider: createDevTokenProvider({ upn: 'careers.leader@highfield.example' }),
    scopes: ['Sites.Manage.All'],
    retry: { maxAttempts: 1 },
  });
  return { child, url, graph };
}

describe('an upgrade cut short by a killed server', () => {
  it('resumes on the next run: every item converted once, none half-converted', async () => {
    const first = await startChild();
    const v1 = await provisionLists(first.graph, SITE_ID, { schema: schemaVersion1 });
    const counts = await storeAsSchema1(v1.context, schema1Demo);

    // Kill the server once the upgrade has started changing items.
    const admin = async (): Promise<number> => {
      const stats = (await (await fetch(`${first.url}/_admin/stats`, { headers: ADMIN_HEADERS })).json()) as { batch: { partsByTemplate: Record<string, number> } };
      return Object.entries(stats.batch.partsByTemplate).filter(([k]) => k.startsWith('PATCH')).reduce((n, [, v]) => n + v, 0);
    };
    await fetch(`${first.url}/_admin/stats/reset`, { method: 'POST', headers: ADMIN_HEADERS });
    // The client would go on retrying the vanished server; the user closing the tab is the abort.
    const tab = new AbortController();
    const running = provisionLists(first.graph, SITE_ID, { currentYear: YEAR, signal: tab.signal }).catch((e: unknown) => e);
    const started = Date.now();
    let patched = 0;
    while ((patched = await admin().catch(() => -1)) < 20 && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 5));
    console.log(`killed after ${patched} PATCH parts, ${Date.now() - started} ms`);
    first.child.kill('SIGKILL');
    await new Promise((r) => setTimeout(r, 200));
    tab.abort();
    expect(await running).toBeInstanceOf(Error);

    const second = await startChild();
    const midway = await provisionLists(second.graph, SITE_ID, { schema: schemaVersion1 });
    const half = await everyItem(midway.context);
    const done = half.get('activities')!.filter((f) => f['AcademicYear'] === YEAR);
    expect(done.length).toBeGreaterThan(0);
    // No item is half-converted: with its year it has no JSON left, without it the JSON is all there.
    for (const f of half.get('activities')!) expect(f['AcademicYear'] === YEAR).toBe((f['Categories'] ?? null) === null);

    const resumed = await provisionLists(second.graph, SITE_ID, { currentYear: YEAR });
    expect(resumed.previousVersion).toBe(1);
    expectSchema2(await everyItem(resumed.context), counts);
    expect(await loadInstitution(resumed.context, { year: YEAR })).toEqual(schema1Demo);
    second.child.kill('SIGKILL');
  }, 180_000);
});
