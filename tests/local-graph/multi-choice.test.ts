import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { call, createList, type TestServer, startTestServer } from './helpers';

/** Multi-select choice columns as reported of the real service (tools/local-graph/multi-choice.ts). */
let t: TestServer;
let list: { id: string; path: string };
beforeAll(async () => {
  t = await startTestServer();
  list = await createList(t.graph, [
    { name: 'Tags', choice: { allowTextEntry: true, displayAs: 'checkBoxes', choices: ['red', 'blue'] } },
    { name: 'Fixed', choice: { allowTextEntry: false, displayAs: 'checkBoxes', choices: ['red', 'blue'] } },
  ]);
});
afterAll(() => t.cleanup());

describe('a choice column shown as check boxes', () => {
  it('stores an annotated array, fill-in values included, and returns it as an array', async () => {
    const created = await call(t.graph, 'POST', `${list.path}/items`, {
      body: { fields: { Title: 'a', 'Tags@odata.type': 'Collection(Edm.String)', Tags: ['red', 'our own'] } },
    });
    expect(created.status).toBe(201);
    const read = await call(t.graph, 'GET', `${list.path}/items/${created.body.id}?$expand=fields($select=Tags)`);
    expect(read.body.fields.Tags).toEqual(['red', 'our own']);

    const cleared = await call(t.graph, 'PATCH', `${list.path}/items/${created.body.id}/fields`, { body: { Tags: null } });
    expect(cleared.status).toBe(200);
    expect(cleared.body.Tags).toBeUndefined();
  });

  it('refuses a plain string (generalException) and an array without its type annotation (invalidRequest)', async () => {
    const plain = await call(t.graph, 'POST', `${list.path}/items`, { body: { fields: { Title: 'b', Tags: 'red' } } });
    expect([plain.status, plain.body.error.code]).toEqual([400, 'generalException']);
    const bare = await call(t.graph, 'POST', `${list.path}/items`, { body: { fields: { Title: 'c', Tags: ['red'] } } });
    expect([bare.status, bare.body.error.code]).toEqual([400, 'invalidRequest']);
  });

  it('keeps to its choices when fill-in values are not allowed', async () => {
    const outside = await call(t.graph, 'POST', `${list.path}/items`, {
      body: { fields: { Title: 'd', 'Fixed@odata.type': 'Collection(Edm.String)', Fixed: ['green'] } },
    });
    expect(outside.status).toBe(400);
  });
});

describe('a choice column as the choiceColumn resource documents it', () => {
  // The documentation's JSON representation: allowTextEntry, choices, displayAs "checkBoxes | dropDownMenu | radioButtons".
  const documented = { allowTextEntry: true, choices: ['red', 'blue', 'green'] };

  it('is made with each documented displayAs and read back as sent', async () => {
    for (const displayAs of ['checkBoxes', 'dropDownMenu', 'radioButtons']) {
      const made = await call(t.graph, 'POST', `${list.path}/columns`, { body: { name: `Doc_${displayAs}`, choice: { ...documented, displayAs } } });
      expect(made.status, displayAs).toBe(201);
      expect(made.body.choice).toEqual({ ...documented, displayAs });
    }
    const read = await call(t.graph, 'GET', `${list.path}/columns/Doc_checkBoxes`);
    expect(read.body.choice).toEqual({ ...documented, displayAs: 'checkBoxes' });
  });

  it('refuses what the resource does not define: another displayAs, allowMultipleValues, choices that are not strings', async () => {
    const refused = [
      { displayAs: 'checkboxes' },
      { displayAs: 'multiSelect' },
      { displayAs: 'checkBoxes', allowMultipleValues: true },
      { displayAs: 'checkBoxes', choices: [1, 2] },
      { displayAs: 'checkBoxes', allowTextEntry: 'yes' },
    ];
    for (const [i, choice] of refused.entries()) {
      const reply = await call(t.graph, 'POST', `${list.path}/columns`, { body: { name: `Bad_${i}`, choice } });
      expect([reply.status, reply.body.error.code], JSON.stringify(choice)).toEqual([400, 'invalidRequest']);
    }
    const patched = await call(t.graph, 'PATCH', `${list.path}/columns/Doc_checkBoxes`, { body: { choice: { displayAs: 'list' } } });
    expect(patched.status).toBe(400);
    expect((await call(t.graph, 'GET', `${list.path}/columns/Doc_checkBoxes`)).body.choice.displayAs).toBe('checkBoxes');
  });
});
