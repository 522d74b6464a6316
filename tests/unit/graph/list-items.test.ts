import { describe, expect, it } from 'vitest';

import { createDevTokenProvider } from '../../../src/auth/dev-token-provider';
import { createGraphClient } from '../../../src/graph/graph-client';
import { createItem, updateItem } from '../../../src/graph/list-items';
import { writeItems } from '../../../src/graph/list-items-batch';
import { graphErrorBody, json, type RecordedCall, scriptedFetch } from './fake-fetch';
import { ConflictError } from '../../../src/shared/service-error';

/**
 * What the local server cannot stage: a write that landed but whose answer was lost. These
 * prove that the data layer looks before it writes again.
 */
const graphWith = (fetchImpl: typeof fetch) =>
  createGraphClient({ baseUrl: 'http://127.0.0.1:4000', tokenProvider: createDevTokenProvider({ upn: 'a@b.c' }), scopes: [], fetchImpl });
const list = { siteId: 's', listId: 'l' };
const fields = { WaypointKey: 'act-1', Title: 'Careers fair' };
const item = (id: string, eTag: string, f: Record<string, unknown>) => ({ id, eTag, fields: f });
const unavailable = () => json(503, graphErrorBody('serviceNotAvailable'));

describe('createItem after an unknown outcome', () => {
  it('finds the item the lost attempt created and does not create it again', async () => {
    const fetchImpl = scriptedFetch(unavailable, () => json(200, { value: [item('7', '"{g},1"', fields)] }));
    const created = await createItem(graphWith(fetchImpl), list, fields, { select: ['Title'] });
    expect(created).toMatchObject({ id: '7', eTag: '"{g},1"' });
    expect(fetchImpl.calls.map((c) => c.method)).toEqual(['POST', 'GET']);
    expect(decodeURIComponent(fetchImpl.calls[1]!.url)).toContain("fields/WaypointKey eq 'act-1'");
  });

  it('creates again only when the key is not there', async () => {
    const fetchImpl = scriptedFetch(unavailable, () => json(200, { value: [] }), () => json(201, item('8', '"{h},1"', fields)));
    const created = await createItem(graphWith(fetchImpl), list, fields, { select: ['Title'] });
    expect(created.id).toBe('8');
    expect(fetchImpl.calls.map((c) => c.method)).toEqual(['POST', 'GET', 'POST']);
  });

  it('reports a different item under the same key as a conflict, never overwriting it', async () => {
    const fetchImpl = scriptedFetch(
      () => json(409, graphErrorBody('nameAlreadyExists')),
      () => json(200, { value: [item('9', '"{i},4"', { WaypointKey: 'act-1', Title: 'Mock interviews' })] }),
    );
    const error = await createItem(graphWith(fetchImpl), list, fields, { select: ['Title'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError<Record<string, unknown>>).theirs).toMatchObject({ itemId: '9', value: { Title: 'Mock interviews' } });
  });
});

describe('updateItem', () => {
  it('turns 412 into a ConflictError holding ours and the current item', async () => {
    const fetchImpl = scriptedFetch(
      (call: RecordedCall) => {
        expect(call.headers.get('If-Match')).toBe('"{g},1"');
        return json(412, graphErrorBody('resourceModified'));
      },
      () => json(200, item('7', '"{g},2"', { WaypointKey: 'act-1', Title: 'Their title' })),
    );
    const error = (await updateItem(graphWith(fetchImpl), list, { itemId: '7', eTag: '"{g},1"' }, { Title: 'Our title' }, { select: ['Title'] }).catch(
      (e: unknown) => e,
    )) as ConflictError<Record<string, unknown>>;
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.ours).toEqual({ Title: 'Our title' });
    expect(error.basedOn).toEqual({ itemId: '7', eTag: '"{g},1"' });
    expect(error.theirs).toMatchObject({ eTag: '"{g},2"', value: { Title: 'Their title' } });
  });

  it('after a lost answer, recognises its own landed write instead of reporting a conflict', async () => {
    const fetchImpl = scriptedFetch(unavailable, () => json(200, item('7', '"{g},2"', { WaypointKey: 'act-1', Title: 'Our title' })));
    const updated = await updateItem(graphWith(fetchImpl), list, { itemId: '7', eTag: '"{g},1"' }, { Title: 'Our title' }, { select: ['Title'] });
    expect(updated.eTag).toBe('"{g},2"');
    expect(fetchImpl.calls.map((c) => c.method)).toEqual(['PATCH', 'GET']);
  });
});

describe('writeItems', () => {
  it('looks up creates whose parts came back 503, in one batched read, and keeps what landed', async () => {
    const other = { WaypointKey: 'act-2', Title: 'Assembly' };
    const fetchImpl = scriptedFetch(
      () =>
        json(200, {
          responses: [
            { id: '0', status: 201, headers: {}, body: item('1', '"{a},1"', fields) },
            { id: '1', status: 503, headers: {}, body: graphErrorBody('serviceNotAvailable') },
          ],
        }),
      // The lookup: the 503 create had in fact landed.
      () => json(200, { responses: [{ id: '0', status: 200, headers: {}, body: { value: [item('2', '"{b},1"', other)] } }] }),
    );
    const results = await writeItems(graphWith(fetchImpl), list, [{ kind: 'create', fields }, { kind: 'create', fields: other }], { select: ['Title'] });
    expect(results.map((r) => r.ok && r.item?.id)).toEqual(['1', '2']);
    expect(fetchImpl.calls).toHaveLength(2);
  });
});
