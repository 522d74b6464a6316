import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';

import { createQueryClient } from '../../../../src/app/query-client';
import { DEMO_YEAR, demoInstitution, demoPlan } from '../../../../src/demo/demo-school';
import type { Priority } from '../../../../src/domain/plan/types';
import type { Versioned } from '../../../../src/shared/versioned';
import type { LoadedImpact } from '../../../../src/ui/impact/data/port';
import { impactKey } from '../../../../src/ui/impact/data/queries';
import type { LoadedPlan } from '../../../../src/ui/plan/data/port';
import { planKey, useUpdatePlan } from '../../../../src/ui/plan/data/queries';

const versioned = <T,>(value: T, i: number): Versioned<T> => ({ value, itemId: String(i), eTag: `"{${i}},1"` });

const plan: LoadedPlan = {
  academicYear: DEMO_YEAR,
  institution: demoInstitution,
  visions: versioned({ institutionVision: demoPlan.institutionVision, careersVision: demoPlan.careersVision }, 0),
  priorities: demoPlan.priorities.map((p, i) => versioned(p, i + 1)),
  actions: [],
};

/** The plan with one priority changed, as a save returns it. */
const changePriority = (p: LoadedPlan, id: string, change: (priority: Priority) => Priority): LoadedPlan => ({
  ...p,
  priorities: p.priorities.map((v) => (v.value.id === id ? { ...v, value: change(v.value), eTag: `${v.eTag}+` } : v)),
});

/** The demo's objective whose key metric follows Year 11 leavers into apprenticeships or college (target 45%). */
const retarget = (p: LoadedPlan, target: number): LoadedPlan =>
  changePriority(p, 'pri-stereotypes', (priority) => ({
    ...priority,
    objectives: priority.objectives.map((o) => (o.keyMetricRef ? { ...o, keyMetricRef: { ...o.keyMetricRef, target } } : o)),
  }));

/**
 * One page's query cache with the plan and the impact figures in it (the Impact view opened before, now closed): the
 * impact read takes its targets from the plan as stored, as the impact adapter does.
 */
async function pageWithImpact(): Promise<{ client: QueryClient; store: (p: LoadedPlan) => void; loads: () => number; targets: () => (number | undefined)[] }> {
  const client = createQueryClient();
  let stored = plan;
  let loads = 0;
  client.setQueryData(planKey(DEMO_YEAR), plan);
  const load = async (): Promise<LoadedImpact> => {
    loads += 1;
    const targets = stored.priorities.flatMap((p) => p.value.objectives.flatMap((o) => (o.keyMetricRef ? [o.keyMetricRef] : [])));
    return { institution: demoInstitution, records: { destinations: [], perception: [], voice: [], neetRisk: [] }, targets };
  };
  await client.fetchQuery({ queryKey: impactKey, queryFn: load });
  return {
    client,
    store: (p) => (stored = p),
    loads: () => loads,
    targets: () => client.getQueryData<LoadedImpact>(impactKey)!.targets.map((t) => t.target),
  };
}

/** The plan view's way to apply a save to its cache (the hook, rendered once to take hold of it). */
function planUpdate(client: QueryClient): ReturnType<typeof useUpdatePlan> {
  let update: ReturnType<typeof useUpdatePlan> | undefined;
  function Probe(): ReactNode {
    update = useUpdatePlan(DEMO_YEAR);
    return null;
  }
  renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <Probe />
    </QueryClientProvider>,
  );
  return update!;
}

describe('the impact figures after a plan write', () => {
  it('are read again when a saved priority changes a key metric’s target, though no view shows them now', async () => {
    const page = await pageWithImpact();
    expect(page.targets()).toEqual([45, 100]);
    const saved = retarget(plan, 50);
    page.store(saved);
    planUpdate(page.client)(() => saved);
    await vi.waitFor(() => expect(page.targets()).toEqual([50, 100]));
    expect(page.loads()).toBe(2);
  });

  it('are read again when a removed priority takes its key metric with it', async () => {
    const page = await pageWithImpact();
    const removed = { ...plan, priorities: plan.priorities.filter((p) => p.value.id !== 'pri-stereotypes') };
    page.store(removed);
    planUpdate(page.client)(() => removed);
    await vi.waitFor(() => expect(page.targets()).toEqual([100]));
  });

  it('are left alone by a write that changes no target (a priority’s title, an action)', async () => {
    const page = await pageWithImpact();
    const renamed = changePriority(plan, 'pri-stereotypes', (p) => ({ ...p, title: 'Tackle stereotypes' }));
    page.store(renamed);
    planUpdate(page.client)(() => renamed);
    planUpdate(page.client)((p) => ({ ...p, actions: demoPlan.actions.slice(0, 1).map((a) => versioned(a, 99)) }));
    // A read would have begun by now: invalidating starts it at once.
    await new Promise((r) => setTimeout(r, 0));
    expect(page.loads()).toBe(1);
    expect(page.client.getQueryData<LoadedPlan>(planKey(DEMO_YEAR))!.priorities[0]!.value.title).toBe('Tackle stereotypes');
  });
});
