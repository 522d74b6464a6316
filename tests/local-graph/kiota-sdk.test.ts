import type { AuthenticationProvider, RequestInformation } from '@microsoft/kiota-abstractions';
import { createGraphServiceClient, GraphRequestAdapter, type GraphServiceClient } from '@microsoft/msgraph-sdk';
import '@microsoft/msgraph-sdk-sites';
import type { ListItem } from '@microsoft/msgraph-sdk/models/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoHostname, demoSiteId } from '../../tools/local-graph/demo-tenant';
import { ETAG_RE, startTestServer, type TestServer } from './helpers';

/**
 * Microsoft's own Kiota-generated Graph SDK drives the local server through the calls Waypoint
 * makes: the SDK builds the URLs, headers and bodies (including `delta()` and
 * `delta(token='…')`), so a shape or a route only this app's client happens to use shows up here.
 */
let t: TestServer;
let graph: GraphServiceClient;

/** Dev tokens over http: Kiota's bearer provider accepts https hosts only, so this adds the header itself. */
const devAuth: AuthenticationProvider = {
  authenticateRequest: async (request: RequestInformation) => {
    request.headers.tryAdd('Authorization', 'Bearer dev:alex.smith@contoso.com');
  },
};

beforeAll(async () => {
  t = await startTestServer();
  const adapter = new GraphRequestAdapter(devAuth);
  adapter.baseUrl = t.graph;
  graph = createGraphServiceClient(adapter);
});
afterAll(async () => {
  await t.cleanup();
});

describe("Microsoft's Kiota Graph SDK against the local server", () => {
  let listId: string;
  const items = () => graph.sites.bySiteId(demoSiteId).lists.byListId(listId).items;

  it('reads the site by id and by path', async () => {
    const byId = await graph.sites.bySiteId(demoSiteId).get();
    expect(byId?.id).toBe(demoSiteId);
    const byPath = await graph.sites.bySiteId(`${demoHostname}:/sites/careers:`).get();
    expect(byPath?.id).toBe(demoSiteId);
  });

  it('creates a list with columns and finds it among the lists', async () => {
    const created = await graph.sites.bySiteId(demoSiteId).lists.post({
      displayName: 'Kiota list',
      list: { template: 'genericList' },
      columns: [
        { name: 'Score', number: {}, indexed: true },
        { name: 'Key', text: { maxLength: 255 }, indexed: true, enforceUniqueValues: true },
      ],
    });
    listId = created!.id!;
    const lists = await graph.sites.bySiteId(demoSiteId).lists.get();
    expect(lists?.value?.map((l) => l.displayName)).toContain('Kiota list');
    const columns = await graph.sites.bySiteId(demoSiteId).lists.byListId(listId).columns.get();
    expect(columns?.value?.find((c) => c.name === 'Key')?.enforceUniqueValues).toBe(true);
  });

  it('creates, reads, updates with If-Match (412 when stale) and deletes with If-Match', async () => {
    const created = await items().post({ fields: { additionalData: { Title: 'From Kiota', Score: 1, Key: 'k-1' } } });
    expect(created?.eTag).toMatch(ETAG_RE);
    const item = items().byListItemId(created!.id!);
    const read = await item.get({ queryParameters: { expand: ['fields'] } });
    expect(read?.fields?.additionalData?.Title).toBe('From Kiota');

    const updated = await item.fields.patch({ additionalData: { Score: 2 } }, { headers: { 'If-Match': created!.eTag! } });
    expect(updated?.additionalData?.Score).toBe(2);
    await expect(item.fields.patch({ additionalData: { Score: 3 } }, { headers: { 'If-Match': created!.eTag! } })).rejects.toMatchObject({ responseStatusCode: 412 });

    const current = await item.get();
    await expect(item.delete({ headers: { 'If-Match': created!.eTag! } })).rejects.toMatchObject({ responseStatusCode: 412 });
    await item.delete({ headers: { 'If-Match': current!.eTag! } });
    await expect(item.get()).rejects.toMatchObject({ responseStatusCode: 404 });
  });

  it('pages with $top and @odata.nextLink', async () => {
    for (let i = 0; i < 5; i++) await items().post({ fields: { additionalData: { Title: `Page ${i}`, Score: i, Key: `p-${i}` } } });
    const seen: ListItem[] = [];
    let page = await items().get({ queryParameters: { top: 2, expand: ['fields'] } });
    let pages = 1;
    seen.push(...(page?.value ?? []));
    while (page?.odataNextLink) {
      page = await items().withUrl(page.odataNextLink).get();
      seen.push(...(page?.value ?? []));
      pages++;
    }
    expect(pages).toBe(3);
    expect(new Set(seen.map((i) => i.id)).size).toBe(5);
  });

  it("follows delta in both forms: delta() to enumerate, delta(token='latest') then its deltaLink for changes", async () => {
    const first = await items().delta.get();
    expect(first?.value?.length).toBe(5);
    expect(first?.odataDeltaLink).toMatch(/items\/delta\?token=/);

    const latest = await items().deltaWithToken('latest').get();
    expect(latest?.value).toEqual([]);
    await items().post({ fields: { additionalData: { Title: 'After latest', Score: 9, Key: 'after' } } });
    const changes = await items().delta.withUrl(latest!.odataDeltaLink!).get();
    expect(changes?.value?.map((i) => i.id)).toHaveLength(1);
  });

  it('sees a unique-value violation as the 400 SharePoint gives through Graph', async () => {
    await expect(items().post({ fields: { additionalData: { Title: 'Twin', Key: 'p-0' } } })).rejects.toMatchObject({
      responseStatusCode: 400,
      errorEscaped: { code: 'invalidRequest' },
    });
  });
});
