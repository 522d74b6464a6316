import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DataContext } from '../../src/data/data-context';
import { createImpactRepository } from '../../src/data/impact/repository';
import { demoImpact } from '../../src/demo/demo-impact';
import { ConflictError } from '../../src/shared/service-error';
import { createImpactData } from '../../src/ui/impact/data/adapter';
import type { RecordOfKind } from '../../src/ui/impact/data/port';
import { provisioned, startTestServer, type TestServer } from './support';

let server: TestServer;
let ctx: DataContext;
beforeAll(async () => {
  server = await startTestServer();
  ctx = await provisioned(server.graph());
  await createImpactRepository(ctx).store(demoImpact);
});
afterAll(() => server.close());

describe('the impact data slice against the local Graph server', () => {
  it('adds and changes risk of NEET counts, each change guarded by the version it was based on', async () => {
    const data = createImpactData(ctx);
    const record = { id: 'neet-test', academicYear: '2025/26', yearGroup: '10', date: '2026-01-15', yearGroupSize: 150, flagged: 9, supported: 6, support: 'Mentoring' };
    const added = await data.saveNeetRisk(record, null);
    const changed = await data.saveNeetRisk({ ...record, supported: 9 }, added);
    expect(changed.eTag).not.toBe(added.eTag);
    const stale = await data.saveNeetRisk({ ...record, support: 'stale' }, added).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect((stale as ConflictError<typeof record>).theirs?.value).toMatchObject({ supported: 9, support: 'Mentoring' });
  });

  it('removes a record of each kind at its version', async () => {
    const data = createImpactData(ctx);
    const repo = createImpactRepository(ctx);
    const before = await repo.load();
    const targets: RecordOfKind[] = [
      { kind: 'destinations', record: before.destinations[0]! },
      { kind: 'perception', record: before.perception[0]! },
      { kind: 'voice', record: before.voice[0]! },
      { kind: 'neet-risk', record: before.neetRisk[0]! },
    ];
    for (const t of targets) await data.remove(t);
    const after = await repo.load();
    expect(after.destinations.map((r) => r.itemId)).not.toContain(before.destinations[0]!.itemId);
    expect(after.perception.map((r) => r.itemId)).not.toContain(before.perception[0]!.itemId);
    expect(after.voice.map((r) => r.itemId)).not.toContain(before.voice[0]!.itemId);
    expect(after.neetRisk.map((r) => r.itemId)).not.toContain(before.neetRisk[0]!.itemId);
    // Removing again what is already gone counts as done.
    await expect(data.remove(targets[2]!)).resolves.toBeUndefined();
  });

  it('refuses to remove a record someone changed since it was shown, and gives the stored one in domain terms', async () => {
    const data = createImpactData(ctx);
    const shown = (await createImpactRepository(ctx).load()).voice[0]!;
    const theirs = await data.saveVoice({ ...shown.value, findings: 'Their findings, changed meanwhile' }, shown);
    const refused = await data.remove({ kind: 'voice', record: shown }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ConflictError);
    const conflict = refused as ConflictError<typeof shown.value>;
    expect(conflict.theirs).toMatchObject({ itemId: shown.itemId, eTag: theirs.eTag, value: { findings: 'Their findings, changed meanwhile', group: shown.value.group } });
    expect((await createImpactRepository(ctx).load()).voice.map((v) => v.itemId)).toContain(shown.itemId);
    // Removing at the version now stored goes through.
    await data.remove({ kind: 'voice', record: theirs });
    expect((await createImpactRepository(ctx).load()).voice.map((v) => v.itemId)).not.toContain(shown.itemId);
  });
});
