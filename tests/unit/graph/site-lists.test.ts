import { describe, expect, it } from 'vitest';

import { createDevTokenProvider } from '../../../src/auth/dev-token-provider';
import { createGraphClient } from '../../../src/graph/graph-client';
import { readSiteLists } from '../../../src/graph/sites';
import { json, scriptedFetch } from './fake-fetch';

const BASE = 'http://127.0.0.1:4000';
const graphWith = (fetchImpl: typeof fetch) =>
  createGraphClient({ baseUrl: BASE, tokenProvider: createDevTokenProvider({ upn: 'a@b.c' }), scopes: [], fetchImpl });

describe('readSiteLists', () => {
  it("reads the lists through the team's group, every page, and takes the site's id from them", async () => {
    const fetchImpl = scriptedFetch(
      () =>
        json(200, {
          value: [{ id: 'l1', displayName: 'Waypoint Reviews', parentReference: { siteId: 'h,a,b' } }],
          '@odata.nextLink': `${BASE}/v1.0/groups/g-1/sites/root/lists?$skiptoken=1`,
        }),
      () => json(200, { value: [{ id: 'l2', displayName: 'Waypoint Settings', parentReference: { siteId: 'h,a,b' } }] }),
    );
    const found = await readSiteLists(graphWith(fetchImpl), { groupId: 'g-1' });
    expect(fetchImpl.calls.map((c) => c.url)).toEqual([
      `${BASE}/v1.0/groups/g-1/sites/root/lists?$select=id,displayName,parentReference`,
      `${BASE}/v1.0/groups/g-1/sites/root/lists?$skiptoken=1`,
    ]);
    expect(found).toEqual({ siteId: 'h,a,b', lists: new Map([['waypoint reviews', 'l1'], ['waypoint settings', 'l2']]) });
  });

  it("addresses a site's lists by host and path, and reads the site itself when it has no list to name it", async () => {
    const fetchImpl = scriptedFetch(
      () => json(200, { value: [] }),
      () => json(200, { id: 'h,a,b' }),
    );
    const found = await readSiteLists(graphWith(fetchImpl), { hostname: 'contoso.sharepoint.com', path: '/sites/careers' });
    expect(fetchImpl.calls.map((c) => c.url)).toEqual([
      `${BASE}/v1.0/sites/contoso.sharepoint.com:/sites/careers:/lists?$select=id,displayName,parentReference`,
      `${BASE}/v1.0/sites/contoso.sharepoint.com:/sites/careers`,
    ]);
    expect(found).toEqual({ siteId: 'h,a,b', lists: new Map() });
  });
});
