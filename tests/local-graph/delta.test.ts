import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkCreate, call, createList, expectGraphError, startTestServer, type Json, type TestServer } from './helpers';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.cleanup();
});

/** Follows nextLinks to the deltaLink; returns every item seen and the deltaLink. */
async function drain(url: string): Promise<{ items: Json[]; deltaLink: string; pages: number }> {
  const items: Json[] = [];
  let pages = 0;
  let next: string | undefined = url;
  for (;;) {
    const res = await call(t.graph, 'GET', next);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    pages++;
    items.push(...(res.body.value as Json[]));
    if (res.body['@odata.deltaLink']) return { items, deltaLink: res.body['@odata.deltaLink'] as string, pages };
    next = res.body['@odata.nextLink'] as string;
    expect(next).toBeTypeOf('string');
  }
}

describe('list item delta', () => {
  it('enumerates current items in pages, then reports changes since, latest state once, deletions as tombstones', async () => {
    const list = await createList(t.graph, [{ name: 'Score', number: {} }]);
    await bulkCreate(t.graph, list.id, 250, (i) => ({ Title: `Item ${i}`, Score: i }));
    const initial = await drain(`${list.path}/items/delta`);
    expect(initial.pages).toBe(2);
    expect(initial.items).toHaveLength(250);
    expect(initial.deltaLink).toMatch(/^http:\/\/localhost:\d+\/v1\.0\/.*\/items\/delta\?token=/);

    const nothing = await drain(initial.deltaLink);
    expect(nothing.items).toEqual([]);

    await call(t.graph, 'PATCH', `${list.path}/items/3/fields`, { body: { Score: 1000 } });
    await call(t.graph, 'PATCH', `${list.path}/items/3/fields`, { body: { Score: 2000 } });
    await call(t.graph, 'DELETE', `${list.path}/items/7`);
    const added = await call(t.graph, 'POST', `${list.path}/items`, { body: { fields: { Title: 'New' } } });

    const changes = await drain(`${nothing.deltaLink}&$expand=fields`);
    expect(changes.items.map((i) => i.id)).toEqual(['3', '7', added.body.id]);
    expect(changes.items[0].fields.Score).toBe(2000);
    expect(changes.items[1]).toEqual(expect.objectContaining({ id: '7', deleted: { state: 'deleted' } }));
    expect(changes.items[1].fields).toBeUndefined();

    const quiet = await drain(changes.deltaLink);
    expect(quiet.items).toEqual([]);
  });

  it('token=latest gives an empty page and a deltaLink that sees only later changes', async () => {
    const list = await createList(t.graph, []);
    await call(t.graph, 'POST', `${list.path}/items`, { body: { fields: { Title: 'before' } } });
    const latest = await call(t.graph, 'GET', `${list.path}/items/delta?token=latest`);
    expect(latest.status).toBe(200);
    expect(latest.body.value).toEqual([]);
    expect(latest.body['@odata.nextLink']).toBeUndefined();
    await call(t.graph, 'POST', `${list.path}/items`, { body: { fields: { Title: 'after' } } });
    const changes = await drain(`${latest.body['@odata.deltaLink'] as string}&$expand=fields`);
    expect(changes.items.map((i) => i.fields.Title)).toEqual(['after']);
  });

  it('pages a long change feed and keeps items changed during enumeration', async () => {
    const list = await createList(t.graph, []);
    await bulkCreate(t.graph, list.id, 30, (i) => ({ Title: `v0-${i}` }));
    const first = await call(t.graph, 'GET', `${list.path}/items/delta?$top=10`);
    // Item 1 (already returned) changes mid-enumeration: it must come again after the deltaLink.
    await call(t.graph, 'PATCH', `${list.path}/items/1/fields`, { body: { Title: 'changed' } });
    const rest = await drain(first.body['@odata.nextLink'] as string);
    expect(first.body.value.length + rest.items.length).toBe(30);
    const after = await drain(`${rest.deltaLink}&$expand=fields`);
    expect(after.items.map((i) => [i.id, i.fields.Title])).toEqual([['1', 'changed']]);
  });

  it('answers an unknown or foreign token with 410 resyncRequired and a Location to start over', async () => {
    const list = await createList(t.graph, []);
    const other = await createList(t.graph, []);
    const otherLink = (await call(t.graph, 'GET', `${other.path}/items/delta?token=latest`)).body['@odata.deltaLink'] as string;
    const foreignToken = new URL(otherLink).searchParams.get('token')!;
    for (const token of ['bogus', foreignToken, Buffer.from(`C|${list.id}|999999999`).toString('base64url')]) {
      const res = await call(t.graph, 'GET', `${list.path}/items/delta?token=${token}`);
      expectGraphError(res, 410, 'resyncRequired');
      expect(res.body.error.innerError.code).toBe('resyncChangesApplyDifferences');
      const location = res.headers.get('location')!;
      expect(location).toMatch(/\/items\/delta$/);
      expect((await call(t.graph, 'GET', location)).status).toBe(200);
    }
  });
});
