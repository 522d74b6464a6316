import { describe, expect, it } from 'vitest';

import { createDevTokenProvider } from '../../../src/auth/dev-token-provider';
import { createGraphClient } from '../../../src/graph/graph-client';
import { resolveSite, siteUrl } from '../../../src/graph/sites';
import { json, scriptedFetch } from './fake-fetch';

describe('sites', () => {
  it('addresses a site by group, by host and path, or by id', () => {
    expect(siteUrl({ groupId: 'g-1' })).toBe('/groups/g-1/sites/root');
    expect(siteUrl({ hostname: 'contoso.sharepoint.com', path: 'sites/careers' })).toBe('/sites/contoso.sharepoint.com:/sites/careers');
    expect(siteUrl({ siteId: 'contoso.sharepoint.com,a,b' })).toBe('/sites/contoso.sharepoint.com,a,b');
  });

  it('resolves to the composite id', async () => {
    const fetchImpl = scriptedFetch(() => json(200, { id: 'h,a,b', displayName: 'Careers', webUrl: 'https://h/sites/careers' }));
    const graph = createGraphClient({ baseUrl: 'http://127.0.0.1:4000', tokenProvider: createDevTokenProvider({ upn: 'a@b.c' }), scopes: [], fetchImpl });
    expect(await resolveSite(graph, { groupId: 'g' })).toEqual({ id: 'h,a,b', displayName: 'Careers', webUrl: 'https://h/sites/careers' });
  });
});
