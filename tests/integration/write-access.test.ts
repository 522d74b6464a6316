import { beforeAll, describe, expect, it } from 'vitest';

import { provisionLists } from '../../src/data/provision-lists';
import { SCHEMA_RECORD_KEY, SETTINGS_SELECT } from '../../src/data/settings/mappers';
import { cachedWriteAccess, probeWriteAccess, type WriteAccess } from '../../src/data/write-access';
import { findByKey } from '../../src/graph/list-items';
import { localSite, requestsSince, SITE_ID } from './support';

const site = localSite();
beforeAll(async () => {
  await provisionLists(site.server.graph(), SITE_ID);
});

async function accessOf(readOnly: boolean): Promise<WriteAccess> {
  const provisioned = await provisionLists(site.server.graph('someone@highfield.example', { readOnly }), SITE_ID);
  expect(provisioned.schemaItemId).toBeDefined();
  return probeWriteAccess(provisioned.context, provisioned.schemaItemId!, provisioned.schemaVersion);
}

describe('asking the site whether this person may write', () => {
  it('answers write for a member and read for a visitor, in one request that changes nothing', async () => {
    const { context, schemaItemId } = await provisionLists(site.server.graph(), SITE_ID);
    const settings = { siteId: SITE_ID, listId: context.listIds.settings };
    const before = await findByKey(site.server.graph(), settings, SCHEMA_RECORD_KEY, SETTINGS_SELECT);
    expect(schemaItemId).toBe(before?.id);

    expect(await accessOf(false)).toBe('write');
    expect(await accessOf(true)).toBe('read');
    const stats = await requestsSince(site.server, () => probeWriteAccess(context, schemaItemId!, 2));
    expect(stats.totalRequests).toBe(1);

    const after = await findByKey(site.server.graph(), settings, SCHEMA_RECORD_KEY, SETTINGS_SELECT);
    expect(after?.eTag).toBe(before?.eTag);
  });

  it("is 'unknown' when the site gives no clear answer (the record is gone), so nobody is locked out", async () => {
    const { context } = await provisionLists(site.server.graph(), SITE_ID);
    expect(await probeWriteAccess(context, '999999', 2)).toBe('unknown');
  });

  it('keeps a clear answer for the session and asks again after an unknown one', async () => {
    const stored = new Map<string, string>();
    const storage = { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => void stored.set(k, v) };
    const answers: WriteAccess[] = ['unknown', 'read', 'write'];
    let asked = 0;
    const probe = () => Promise.resolve(answers[asked++]!);
    expect(await cachedWriteAccess(storage, 'k', probe)).toBe('unknown');
    expect(await cachedWriteAccess(storage, 'k', probe)).toBe('read');
    expect(await cachedWriteAccess(storage, 'k', probe)).toBe('read');
    expect(asked).toBe(2);
  });
});
