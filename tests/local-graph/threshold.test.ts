import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileFilter, parseFilter } from '../../tools/local-graph/filter';
import { resolveItemField } from '../../tools/local-graph/item-query';
import { Store } from '../../tools/local-graph/store';
import { bulkCreate, call, createList, expectGraphError, readAll, startTestServer, type Json, type TestServer } from './helpers';

/**
 * SharePoint's list view threshold (5,000) and column indexing, as Graph exposes them:
 * non-indexed filters need the Prefer header, and even with it fail on a large list unless
 * an indexed first condition narrows the result (see tools/local-graph/item-query.ts).
 */
const PREFER = { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };
const COUNT = 5001;

let t: TestServer;
let big: { id: string; path: string };
beforeAll(async () => {
  t = await startTestServer();
  big = await createList(t.graph, [
    { name: 'Code', text: {}, indexed: true },
    { name: 'Cohort', text: {} },
    { name: 'Score', number: {} },
  ]);
  const started = performance.now();
  await bulkCreate(t.graph, big.id, COUNT, (i) => ({ Title: `Row ${i}`, Code: `C${i}`, Cohort: `G${i % 10}`, Score: i }));
  console.log(`[threshold] loaded ${COUNT} items through $batch in ${Math.round(performance.now() - started)} ms`);
}, 120_000);
afterAll(async () => {
  await t.cleanup();
});

const items = (path: string, filter: string, extra = ''): string => `${path}/items?$expand=fields&$filter=${encodeURIComponent(filter)}${extra}`;

describe('list view threshold and indexed columns', () => {
  it('filters a 5,001-item list on an indexed column without any header', async () => {
    const started = performance.now();
    const res = await call(t.graph, 'GET', items(big.path, "fields/Code eq 'C4242'"));
    const ms = performance.now() - started;
    expect(res.status).toBe(200);
    expect((res.body.value as Json[]).map((i) => i.fields.Score)).toEqual([4242]);
    console.log(`[threshold] indexed eq on ${COUNT} items answered in ${ms.toFixed(1)} ms`);
  });

  it('rejects a non-indexed filter without the Prefer header (400, Graph message)', async () => {
    const res = await call(t.graph, 'GET', items(big.path, "fields/Cohort eq 'G3'"));
    expectGraphError(res, 400, 'invalidRequest');
    expect(res.body.error.message).toBe(
      "Field 'Cohort' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.",
    );
  });

  it('still fails with the Prefer header on a list above 5,000 items (notSupported / tooManyResources)', async () => {
    for (const url of [items(big.path, "fields/Cohort eq 'G3'"), items(big.path, "fields/Cohort eq 'G2' and fields/Code eq 'C42'"), `${big.path}/items?$orderby=fields/Score desc`]) {
      const res = await call(t.graph, 'GET', url, { headers: PREFER });
      expectGraphError(res, 429, 'notSupported');
      expect(res.body.error.innerError.code).toBe('tooManyResources');
      expect(res.body.error.message).toBe('The request is unprocessable because it uses too many resources');
      expect(res.headers.get('retry-after')).toBeNull();
    }
  });

  it('lets a non-indexed condition through on a large list when an indexed first condition narrows it', async () => {
    const res = await call(t.graph, 'GET', items(big.path, "fields/Code eq 'C42' and fields/Cohort eq 'G2'"), { headers: PREFER });
    expect(res.status).toBe(200);
    expect((res.body.value as Json[]).map((i) => i.fields.Code)).toEqual(['C42']);
  });

  it('allows non-indexed filters and orderby on a small list with the Prefer header only', async () => {
    const small = await createList(t.graph, [{ name: 'Cohort', text: {} }, { name: 'Score', number: {} }]);
    await bulkCreate(t.graph, small.id, 30, (i) => ({ Cohort: `G${i % 3}`, Score: i }));
    expectGraphError(await call(t.graph, 'GET', items(small.path, "fields/Cohort eq 'G1'")), 400, 'invalidRequest');
    const res = await call(t.graph, 'GET', items(small.path, "fields/Cohort eq 'G1'"), { headers: PREFER });
    expect(res.status).toBe(200);
    expect(res.body.value).toHaveLength(10);
    const ordered = await readAll(t.graph, `${small.path}/items?$expand=fields&$orderby=fields/Score desc&$top=7`, PREFER);
    expect(ordered.items.map((i) => i.fields.Score)).toEqual(Array.from({ length: 30 }, (_, i) => 29 - i));
  });

  it('indexing a column by PATCH makes it filterable on the large list, backed by a real index', async () => {
    const columns = await call(t.graph, 'GET', `${big.path}/columns`);
    const cohort = (columns.body.value as Json[]).find((c) => c.name === 'Cohort');
    const patched = await call(t.graph, 'PATCH', `${big.path}/columns/${cohort.id}`, { body: { indexed: true } });
    expect(patched.body.indexed).toBe(true);
    const all = await readAll(t.graph, items(big.path, "fields/Cohort eq 'G7'"));
    expect(all.items).toHaveLength(500);
    expect(all.pages).toBe(3);

    // The query plan proves the filter is answered from the expression index, not a scan.
    await t.server.close();
    const store = new Store(t.dataDir);
    try {
      const cols = store.columns(big.id);
      for (const filter of ["fields/Code eq 'C1'", "fields/Cohort eq 'G1'"]) {
        const compiled = compileFilter(parseFilter(filter), (p) => resolveItemField(cols, p).field);
        expect(store.explainItems(big.id, compiled)).toMatch(/USING INDEX ix_field_/);
      }
    } finally {
      store.close();
    }
  });
});
