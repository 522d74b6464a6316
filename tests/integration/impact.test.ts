import { beforeAll, describe, expect, it } from 'vitest';

import { createImpactRepository, impactDataOf } from '../../src/data/impact/repository';
import { demoImpact } from '../../src/demo/demo-impact';
import { ConflictError } from '../../src/shared/service-error';
import { localSite, requestsSince } from './support';

const site = localSite({ provision: true });
beforeAll(async () => {
});

describe('impact repository against the local Graph server', () => {
  it('stores and loads each record kind, in one $batch read', async () => {
    const repo = createImpactRepository(site.ctx);
    const { written } = await repo.store(demoImpact);
    const total = demoImpact.destinations.length + demoImpact.perception.length + demoImpact.voice.length + demoImpact.neetRisk.length;
    expect(written).toBe(total);

    let loaded: Awaited<ReturnType<typeof repo.load>> | undefined;
    const stats = await requestsSince(site.server, async () => {
      loaded = await repo.load();
    });
    expect(stats.totalRequests).toBe(1);
    expect(impactDataOf(loaded!)).toEqual(demoImpact);

    expect((await repo.store(demoImpact)).written).toBe(0);
  });

  it('updates a record at its version, refuses a stale update, and deletes', async () => {
    const repo = createImpactRepository(site.ctx);
    const [current] = (await repo.load()).neetRisk;
    const [updated] = await repo.saveNeetRisk([{ value: { ...current!.value, supported: current!.value.flagged - 1 }, version: current! }]);
    expect(updated?.ok).toBe(true);
    const [stale] = await repo.saveNeetRisk([{ value: { ...current!.value, support: 'stale' }, version: current! }]);
    expect(!stale!.ok && stale!.error).toBeInstanceOf(ConflictError);

    const voice = (await repo.load()).voice.at(-1)!;
    await repo.removeVoice(voice);
    expect((await repo.load()).voice.map((v) => v.value.id)).not.toContain(voice.value.id);
  });
});
