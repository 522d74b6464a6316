import { describe, expect, it } from 'vitest';

import { createDevTokenProvider } from '../../../src/auth/dev-token-provider';
import { listDelta } from '../../../src/graph/delta';
import { createGraphClient } from '../../../src/graph/graph-client';
import { graphErrorBody, json, scriptedFetch } from './fake-fetch';

const BASE = 'http://127.0.0.1:4000';
const graphWith = (fetchImpl: typeof fetch) =>
  createGraphClient({ baseUrl: BASE, tokenProvider: createDevTokenProvider({ upn: 'a@b.c' }), scopes: [], fetchImpl });
const list = { siteId: 's', listId: 'l' };
const link = (token: string) => `${BASE}/v1.0/sites/s/lists/l/items/delta?token=${token}`;

describe('listDelta', () => {
  it('enumerates every page to the deltaLink, keeping the last word per item', async () => {
    const fetchImpl = scriptedFetch(
      () => json(200, { value: [{ id: '1', eTag: 'e1', fields: { Title: 'a' } }], '@odata.nextLink': link('p2') }),
      () => json(200, { value: [{ id: '2', eTag: 'e2', fields: {} }, { id: '1', deleted: { state: 'deleted' } }], '@odata.deltaLink': link('d1') }),
    );
    const result = await listDelta(graphWith(fetchImpl), list, { select: ['Title'] });
    expect(result).toMatchObject({ deltaLink: link('d1'), resynced: true, deletedItemIds: ['1'] });
    expect(result.changed.map((i) => i.id)).toEqual(['2']);
    expect(fetchImpl.calls[1]?.url).toBe(link('p2'));
  });

  it('with a deltaLink returns only the changes', async () => {
    const fetchImpl = scriptedFetch(() => json(200, { value: [{ id: '5', eTag: 'e5', fields: { Title: 'new' } }], '@odata.deltaLink': link('d2') }));
    const result = await listDelta(graphWith(fetchImpl), list, { select: ['Title'], deltaLink: link('d1') });
    expect(result).toMatchObject({ resynced: false, deltaLink: link('d2') });
    expect(fetchImpl.calls).toHaveLength(1);
  });

  it('starts a full resync when the service answers 410 Gone', async () => {
    const fetchImpl = scriptedFetch(
      () => json(410, graphErrorBody('resyncRequired')),
      () => json(200, { value: [{ id: '1', eTag: 'e1', fields: {} }], '@odata.deltaLink': link('fresh') }),
    );
    const result = await listDelta(graphWith(fetchImpl), list, { select: ['Title'], deltaLink: link('old') });
    expect(result).toMatchObject({ resynced: true, deltaLink: link('fresh') });
    expect(fetchImpl.calls[1]?.url).toContain('/items/delta?$expand=fields($select=Title)');
  });
});
