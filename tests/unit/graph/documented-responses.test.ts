import { describe, expect, it } from 'vitest';

import { createDevTokenProvider } from '../../../src/auth/dev-token-provider';
import { executeBatch } from '../../../src/graph/batch';
import { listDelta } from '../../../src/graph/delta';
import { createGraphClient } from '../../../src/graph/graph-client';
import { graphErrorFrom } from '../../../src/graph/graph-error';
import { createItem, getAllItems, getItem, updateItem } from '../../../src/graph/list-items';
import { resolveSite } from '../../../src/graph/sites';
import { GraphError } from '../../../src/shared/service-error';
import { graphExample } from '../../support/graph-examples';
import { json, scriptedFetch } from './fake-fetch';

/**
 * The client's readers fed Microsoft's own documented responses (tests/fixtures/graph-examples): what the
 * documentation shows must read as the app expects, not only what the local server happens to send.
 */
// The documented links are absolute on Graph's own host, so the client here talks to it (fetch is scripted).
const BASE = 'https://graph.microsoft.com';
const graphWith = (fetchImpl: typeof fetch) =>
  createGraphClient({ baseUrl: BASE, tokenProvider: createDevTokenProvider({ upn: 'a@b.c' }), scopes: [], fetchImpl });
const list = { siteId: 's', listId: 'l' };
const documented = (id: string) => {
  const { response } = graphExample(id);
  return () => json(response.status ?? 200, response.body, response.headers);
};

describe('documented list item responses', () => {
  it('reads a listed page of items with their fields and numeric-string ids', async () => {
    const items = await getAllItems(graphWith(scriptedFetch(documented('listitem-list.ex'))), list, { select: ['Name', 'Color', 'Quantity'] });
    expect(items.map((i) => i.id)).toEqual(['2', '4', '7']);
    expect(items[0]?.fields).toEqual({ Name: 'Gadget', Color: 'Red', Quantity: 503 });
  });

  it('reads one item, keeping the fields’ JSON types', async () => {
    const item = await getItem(graphWith(scriptedFetch(documented('listitem-get.ex'))), list, '5', ['Name']);
    expect(item).toMatchObject({ id: '5', fields: { Name: 'Widget', Quantity: 2357 } });
  });

  it('keeps what it wrote when the documented create answer carries no fields', async () => {
    const fetchImpl = scriptedFetch(documented('listitem-create.ex'));
    const created = await createItem(graphWith(fetchImpl), list, { WaypointKey: 'k-1', Title: 'Careers fair' }, { select: ['Title'] });
    expect(created).toMatchObject({ id: '20', fields: { WaypointKey: 'k-1', Title: 'Careers fair' } });
    expect(fetchImpl.calls).toHaveLength(1);
  });

  it('pays one read for the version when the documented update answer (bare fields) carries no eTag', async () => {
    const fetchImpl = scriptedFetch(documented('listitem-update.ex'), documented('listitem-get.ex'));
    const updated = await updateItem(graphWith(fetchImpl), list, { itemId: '5', eTag: '"{G},1"' }, { Color: 'Fuchsia', Quantity: 934 }, { select: ['Color'] });
    expect(fetchImpl.calls.map((c) => c.method)).toEqual(['PATCH', 'GET']);
    expect(fetchImpl.calls[0]?.headers.get('If-Match')).toBe('"{G},1"');
    expect(updated.id).toBe('5');
  });
});

describe('documented delta pages', () => {
  it('follows nextLink to the deltaLink and reads deleted items as deletions', async () => {
    const result = await listDelta(graphWith(scriptedFetch(documented('listitem-delta.ex1.first'), documented('listitem-delta.ex2.last'))), list, {
      select: ['Title'],
    });
    expect(result.deltaLink).toContain('/items/delta?token=');
    expect(result.deletedItemIds).toEqual(['3']);
    expect(result.changed.map((i) => i.id)).toContain('1');
    expect(result.changed.find((i) => i.id === '1')?.eTag).toBe('"{12AD05BB-59B8-43AA-9456-77C44E9BC066},756"');
  });

  it('takes an empty documented page as "no changes, here is your link"', async () => {
    const result = await listDelta(graphWith(scriptedFetch(documented('listitem-delta.ex3.latest'))), list, { select: ['Title'] });
    expect(result.changed).toEqual([]);
    expect(result.deltaLink).toMatch(/token=1230919asd190410jlka$/);
  });
});

describe('the documented $batch answer', () => {
  it('gives each part its own status, and a failed part its error code, message and request id', async () => {
    const { response } = graphExample('batch.2025.ex');
    const parts = (response.body as { responses: { id: string }[] }).responses;
    // The documentation numbers its parts 1–5; the client numbers its own, so the answer is renumbered by position.
    const fetchImpl = scriptedFetch((call) => {
      const sent = (call.body as { requests: { id: string }[] }).requests;
      return json(200, { responses: parts.map((p, i) => ({ ...p, id: sent[i]!.id })).reverse() });
    });
    const results = await executeBatch(
      graphWith(fetchImpl),
      parts.map(() => ({ method: 'GET' as const, url: '/sites/s/lists/l/items' })),
    );
    expect(results.map((r) => r.status)).toEqual([200, 403, 403, 405, 200]);
    const denied = results[2];
    expect(denied?.ok).toBe(false);
    if (denied && !denied.ok) {
      expect(denied.error).toMatchObject({ status: 403, code: 'Authorization_RequestDenied', requestId: '93b6f17e-c05d-4f45-ad2a-6665c708d8a0' });
    }
    expect(fetchImpl.calls).toHaveLength(1);
  });
});

describe('documented errors and sites', () => {
  it('reads the throttling sample’s fractional Retry-After and its codes', () => {
    const { response } = graphExample('throttling.429.sample');
    const error = graphErrorFrom(429, response.headers, response.body);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ status: 429, code: 'TooManyRequests', innerCode: '429', retryAfterSeconds: 2.128 });
  });

  it('reads the request id under either documented spelling', () => {
    for (const id of ['errors.body.request-id', 'errors.body.requestId']) {
      expect(graphErrorFrom(400, {}, graphExample(id).response.body)).toMatchObject({ code: 'invalidRange', requestId: 'request-id' });
    }
  });

  it('resolves a site by path to its composite id', async () => {
    const site = await resolveSite(graphWith(scriptedFetch(documented('site-getbypath.ex'))), { hostname: 'contoso.sharepoint.com', path: '/teams/1drvteam' });
    expect(site.id).toBe('contoso.sharepoint.com,2C712604-1370-44E7-A1F5-426573FDA80A,2D2244C3-251A-49EA-93A8-39E1C3A060FE');
    expect(site.displayName).toBe('OneDrive Team Site');
  });
});
