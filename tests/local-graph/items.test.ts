import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userIdFor } from '../../tools/local-graph/auth';
import { bulkCreate, call, createList, ETAG_RE, expectGraphError, READER, readAll, sitePath, startTestServer, type Json, type TestServer } from './helpers';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.cleanup();
});

const COLUMNS = [
  { name: 'Code', text: { maxLength: 10 }, indexed: true },
  { name: 'Phase', choice: { choices: ['KS3', 'KS4', 'KS5'] }, indexed: true },
  { name: 'Score', number: {}, indexed: true },
  { name: 'Active', boolean: {}, indexed: true },
  { name: 'Due', dateTime: {}, indexed: true },
  { name: 'Notes', text: { allowMultipleLines: true } },
];

describe('list items over HTTP', () => {
  it('creates an item: 201, numeric id, eTag "{GUID},1", typed fields and the caller as author', async () => {
    const list = await createList(t.graph, COLUMNS);
    const res = await call(t.graph, 'POST', `${list.path}/items`, {
      body: { fields: { Title: 'Employer talk', Code: 'E1', Phase: 'KS4', Score: 7.5, Active: true, Due: '2025-03-01T09:30:00+01:00' } },
    });
    expect(res.status).toBe(201);
    expect(res.body.id).toMatch(/^\d+$/);
    expect(res.body.eTag).toMatch(ETAG_RE);
    expect(res.body.eTag).toMatch(/,1"$/);
    expect(res.body.fields).toMatchObject({ Title: 'Employer talk', Code: 'E1', Phase: 'KS4', Score: 7.5, Active: true, Due: '2025-03-01T08:30:00Z' });
    expect(res.body.fields['@odata.etag']).toBe(res.body.eTag);
    expect(res.body.createdBy.user).toEqual({ email: 'alex.smith@contoso.com', displayName: 'Alex Smith', id: userIdFor('alex.smith@contoso.com') });
    expect(res.body.fields.Notes).toBeUndefined(); // empty values are omitted, as SharePoint does
  });

  it('rejects unknown fields, over-long text, wrong types and bad choices with 400 invalidRequest', async () => {
    const list = await createList(t.graph, COLUMNS);
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ Nope: 1 }, /Field 'Nope' is not recognized/],
      [{ Code: 'x'.repeat(11) }, /maximum length of 10/],
      [{ Title: 't'.repeat(256) }, /maximum length of 255/],
      [{ Score: '7' }, /Score/],
      [{ Active: 'yes' }, /Active/],
      [{ Due: 'next Tuesday' }, /Due/],
      [{ Phase: 'KS9' }, /choices/],
      [{ Modified: '2025-01-01T00:00:00Z' }, /read-only/],
    ];
    for (const [fields, message] of cases) {
      const res = await call(t.graph, 'POST', `${list.path}/items`, { body: { fields } });
      expectGraphError(res, 400, 'invalidRequest');
      expect(res.body.error.message).toMatch(message);
    }
    const long = await call(t.graph, 'POST', `${list.path}/items`, { body: { fields: { Notes: 'n'.repeat(5000) } } });
    expect(long.status).toBe(201); // multi-line text has no 255 limit
    const all = await readAll(t.graph, `${list.path}/items`);
    expect(all.items).toHaveLength(1);
  });

  it('pages with an absolute @odata.nextLink (default 200, $top honoured) and returns every item once', async () => {
    const list = await createList(t.graph, COLUMNS);
    await bulkCreate(t.graph, list.id, 450, (i) => ({ Title: `Item ${i}`, Score: i }));
    const defaultPaged = await readAll(t.graph, `${list.path}/items`);
    expect(defaultPaged.pages).toBe(3);
    const first = await call(t.graph, 'GET', `${list.path}/items?$top=100&$expand=fields($select=Score)`);
    expect(first.body.value).toHaveLength(100);
    const next = first.body['@odata.nextLink'] as string;
    expect(next.startsWith(`${t.graph}/sites/`)).toBe(true);
    const second = await call(t.graph, 'GET', next);
    expect(second.body.value[0].id).toBe('101');
    expect(Object.keys(second.body.value[0].fields).sort()).toEqual(['@odata.etag', 'Score']);
    const all = await readAll(t.graph, `${list.path}/items?$top=100`);
    expect(all.pages).toBe(5);
    expect(new Set(all.items.map((i: Json) => i.id)).size).toBe(450);
    const bad = await call(t.graph, 'GET', `${list.path}/items?$skiptoken=garbage`);
    expectGraphError(bad, 400);
  });

  it('filters on fields with eq/ne/lt/gt/le/ge, and/or, startswith and typed literals', async () => {
    const list = await createList(t.graph, COLUMNS);
    const rows = [
      { Title: 'Alpha', Code: 'A1', Phase: 'KS3', Score: 1, Active: true, Due: '2025-01-10T00:00:00Z' },
      { Title: 'Beta', Code: 'B2', Phase: 'KS4', Score: 5, Active: false, Due: '2025-02-10T00:00:00Z' },
      { Title: "O'Brien", Code: 'C3', Phase: 'KS4', Score: 9, Active: true, Due: '2025-03-10T00:00:00Z' },
      { Title: 'Delta', Code: 'a4', Phase: 'KS5', Score: 12.5 },
    ];
    await bulkCreate(t.graph, list.id, rows.length, (i) => rows[i]!);
    const titles = async (filter: string, prefer = false): Promise<string[]> => {
      const res = await call(t.graph, 'GET', `${list.path}/items?$expand=fields&$filter=${encodeURIComponent(filter)}`, {
        headers: prefer ? { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' } : {},
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return (res.body.value as Json[]).map((i) => i.fields.Title as string);
    };
    expect(await titles("fields/Code eq 'B2'")).toEqual(['Beta']);
    expect(await titles("fields/Code eq 'b2'")).toEqual(['Beta']); // SharePoint compares text case-insensitively
    expect(await titles("fields/Phase ne 'KS4'")).toEqual(['Alpha', 'Delta']);
    expect(await titles('fields/Score lt 5')).toEqual(['Alpha']);
    expect(await titles('fields/Score le 5')).toEqual(['Alpha', 'Beta']);
    expect(await titles('fields/Score gt 9')).toEqual(['Delta']);
    expect(await titles('fields/Score ge 9')).toEqual(["O'Brien", 'Delta']);
    expect(await titles('fields/Active eq true')).toEqual(['Alpha', "O'Brien"]);
    expect(await titles('fields/Active eq false')).toEqual(['Beta', 'Delta']); // boolean columns default to false
    expect(await titles('fields/Due ge 2025-02-01T00:00:00Z and fields/Due lt 2025-03-31')).toEqual(['Beta', "O'Brien"]);
    expect(await titles("fields/Due lt datetime'2025-01-31T00:00:00Z'")).toEqual(['Alpha']);
    expect(await titles("fields/Phase eq 'KS4' and fields/Score gt 6")).toEqual(["O'Brien"]);
    expect(await titles("fields/Phase eq 'KS3' or fields/Phase eq 'KS5'")).toEqual(['Alpha', 'Delta']);
    expect(await titles("startswith(fields/Code,'A')")).toEqual(['Alpha', 'Delta']);
    expect(await titles("fields/Title eq 'O''Brien'", true)).toEqual(["O'Brien"]);
    expect(await titles('fields/Due eq null')).toEqual(['Delta']);
    expect(await titles("id eq '2'")).toEqual(['Beta']);

    expectGraphError(await call(t.graph, 'GET', `${list.path}/items?$filter=${encodeURIComponent("fields/Nope eq 'x'")}`), 400);
    expectGraphError(await call(t.graph, 'GET', `${list.path}/items?$filter=${encodeURIComponent("fields/Score eq 'five'")}`), 400);
    expectGraphError(await call(t.graph, 'GET', `${list.path}/items?$filter=${encodeURIComponent('fields/Score eq')}`), 400);
  });

  it('updates fields with PATCH …/fields: 200 with the whole field set, eTag version +1', async () => {
    const list = await createList(t.graph, COLUMNS);
    const created = await call(t.graph, 'POST', `${list.path}/items`, { body: { fields: { Title: 'Mock interviews', Score: 3, Code: 'M1' } } });
    const res = await call(t.graph, 'PATCH', `${list.path}/items/${created.body.id}/fields`, { body: { Score: 4, Code: null } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ Title: 'Mock interviews', Score: 4 });
    expect(res.body.Code).toBeUndefined();
    const guid = (created.body.eTag as string).split(',')[0];
    expect(res.body['@odata.etag']).toBe(`${guid},2"`);
    expect(res.headers.get('etag')).toBe(`${guid},2"`);
    const again = await call(t.graph, 'GET', `${list.path}/items/${created.body.id}?expand=fields`);
    expect(again.body.eTag).toBe(`${guid},2"`);
    expect(again.body.fields._UIVersionString).toBe('2.0');
  });

  it('If-Match: a stale eTag gets 412 and changes nothing; the current one and * succeed', async () => {
    const list = await createList(t.graph, COLUMNS);
    const created = await call(t.graph, 'POST', `${list.path}/items`, { body: { fields: { Title: 'Original', Score: 1 } } });
    const itemPath = `${list.path}/items/${created.body.id}`;
    const v1 = created.body.eTag as string;
    const ok = await call(t.graph, 'PATCH', `${itemPath}/fields`, { body: { Score: 2 }, headers: { 'If-Match': v1 } });
    expect(ok.status).toBe(200);

    const stale = await call(t.graph, 'PATCH', `${itemPath}/fields`, { body: { Title: 'Overwritten', Score: 99 }, headers: { 'If-Match': v1 } });
    expectGraphError(stale, 412);
    const after = await call(t.graph, 'GET', `${itemPath}?$expand=fields`);
    expect(after.body.fields).toMatchObject({ Title: 'Original', Score: 2 });
    expect(after.body.eTag).toBe(ok.body['@odata.etag']);

    const staleDelete = await call(t.graph, 'DELETE', itemPath, { headers: { 'If-Match': v1 } });
    expectGraphError(staleDelete, 412);
    expect((await call(t.graph, 'GET', itemPath)).status).toBe(200);

    expect((await call(t.graph, 'PATCH', `${itemPath}/fields`, { body: { Score: 3 }, headers: { 'If-Match': '*' } })).status).toBe(200);
    const current = (await call(t.graph, 'GET', itemPath)).body.eTag as string;
    const del = await call(t.graph, 'DELETE', itemPath, { headers: { 'If-Match': current } });
    expect(del.status).toBe(204);
    expectGraphError(await call(t.graph, 'GET', itemPath), 404, 'itemNotFound');
    expectGraphError(await call(t.graph, 'DELETE', itemPath), 404, 'itemNotFound');
  });

  it('read-only callers may read, and every write gets 403 accessDenied with nothing changed', async () => {
    const list = await createList(t.graph, COLUMNS);
    const created = await call(t.graph, 'POST', `${list.path}/items`, { body: { fields: { Title: 'Keep me' } } });
    const itemPath = `${list.path}/items/${created.body.id}`;
    expect((await call(t.graph, 'GET', `${itemPath}?$expand=fields`, { auth: READER })).status).toBe(200);

    const writes: [string, string, unknown][] = [
      ['POST', `${sitePath}/lists`, { displayName: 'Not allowed' }],
      ['POST', `${list.path}/items`, { fields: { Title: 'Sneaky' } }],
      ['PATCH', `${itemPath}/fields`, { Title: 'Changed' }],
      ['DELETE', itemPath, undefined],
      ['POST', `${list.path}/columns`, { name: 'Extra', text: {} }],
      ['PATCH', `${list.path}/columns/Title`, { indexed: true }],
    ];
    for (const [method, path, body] of writes) {
      expectGraphError(await call(t.graph, method, path, { body, auth: READER }), 403, 'accessDenied');
    }
    const after = await call(t.graph, 'GET', `${itemPath}?$expand=fields`);
    expect(after.body.fields.Title).toBe('Keep me');
    expect(after.body.eTag).toBe(created.body.eTag);
    expect((await readAll(t.graph, `${list.path}/items`)).items).toHaveLength(1);
    const lists = await call(t.graph, 'GET', `${sitePath}/lists?$filter=${encodeURIComponent("displayName eq 'Not allowed'")}`);
    expect(lists.body.value).toEqual([]);
    const columns = await call(t.graph, 'GET', `${list.path}/columns`);
    expect((columns.body.value as Json[]).map((c) => c.name)).not.toContain('Extra');
    expect((columns.body.value as Json[]).find((c) => c.name === 'Title').indexed).toBe(false);
  });

  it('answers missing or malformed tokens with 401 InvalidAuthenticationToken', async () => {
    for (const auth of [null, 'Bearer eyJhbGciOi.fake.jwt', 'Basic dev:alex@contoso.com', 'Bearer dev:']) {
      const res = await call(t.graph, 'GET', `${sitePath}/lists`, { auth, headers: { 'client-request-id': 'abc-123' } });
      expectGraphError(res, 401, 'InvalidAuthenticationToken');
      expect(res.body.error.innerError['client-request-id']).toBe('abc-123');
      expect(res.headers.get('client-request-id')).toBe('abc-123');
    }
  });

  it('creates lists (409 on a clash), finds them by id, title or $filter, and manages columns', async () => {
    const created = await call(t.graph, 'POST', `${sitePath}/lists`, { body: { displayName: 'Provision Map', columns: [{ name: 'Stage', text: {} }] } });
    expect(created.status).toBe(201);
    expect(created.body.list).toEqual({ contentTypesEnabled: false, hidden: false, template: 'genericList' });
    expectGraphError(await call(t.graph, 'POST', `${sitePath}/lists`, { body: { displayName: 'provision map' } }), 409, 'nameAlreadyExists');
    const byTitle = await call(t.graph, 'GET', `${sitePath}/lists/Provision%20Map`);
    expect(byTitle.body.id).toBe(created.body.id);
    const filtered = await call(t.graph, 'GET', `${sitePath}/lists?$filter=${encodeURIComponent("displayName eq 'Provision Map'")}`);
    expect((filtered.body.value as Json[]).map((l) => l.id)).toEqual([created.body.id]);
    expect(filtered.body['@odata.context']).toMatch(/\$metadata#sites\('.*'\)\/lists$/);
    expectGraphError(await call(t.graph, 'GET', `${sitePath}/lists?$filter=${encodeURIComponent("name eq 'x'")}`), 400, 'invalidRequest');
    expectGraphError(await call(t.graph, 'GET', `${sitePath}/lists/Nope`), 404, 'itemNotFound');

    const listPath = `${sitePath}/lists/${created.body.id}`;
    const col = await call(t.graph, 'POST', `${listPath}/columns`, { body: { name: 'Owner', text: {} } });
    expect(col.status).toBe(201);
    expect(col.body).toMatchObject({ name: 'Owner', displayName: 'Owner', indexed: false, text: { maxLength: 255 } });
    expectGraphError(await call(t.graph, 'POST', `${listPath}/columns`, { body: { name: 'owner', number: {} } }), 409, 'nameAlreadyExists');
    const patched = await call(t.graph, 'PATCH', `${listPath}/columns/${col.body.id}`, { body: { indexed: true } });
    expect(patched.body.indexed).toBe(true);
    const filter = await call(t.graph, 'GET', `${listPath}/items?$filter=${encodeURIComponent("fields/Owner eq 'x'")}`);
    expect(filter.status).toBe(200);
  });

  it('serves the site forms and CORS for localhost origins', async () => {
    const root = await call(t.graph, 'GET', '/sites/root');
    expect(root.body.root).toEqual({});
    const host = await call(t.graph, 'GET', '/sites/contoso.sharepoint.com');
    expect(host.body.id).toBe(root.body.id);
    expectGraphError(await call(t.graph, 'GET', '/sites/contoso.sharepoint.com:/sites/nowhere'), 404, 'itemNotFound');
    expectGraphError(await call(t.graph, 'GET', `${sitePath}/drives`), 400, 'BadRequest');
    expectGraphError(await call(t.graph, 'PUT', `${sitePath}/lists`, { body: {} }), 405);

    const preflight = await fetch(`${t.graph}/$batch`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://localhost:3000', 'Access-Control-Request-Method': 'PATCH', 'Access-Control-Request-Headers': 'authorization,if-match,prefer' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://localhost:3000');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PATCH');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/If-Match/);
    const get = await fetch(`${t.graph}/sites/root`, { headers: { Origin: 'http://127.0.0.1:5173', Authorization: 'Bearer dev:a@b.com' } });
    expect(get.headers.get('access-control-expose-headers')).toMatch(/Retry-After/);
    const foreign = await fetch(`${t.graph}/sites/root`, { headers: { Origin: 'https://evil.example', Authorization: 'Bearer dev:a@b.com' } });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });
});
