import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { templateCatalogue } from '../../../src/provision-template/catalogue';
import { importProvisionWorkbook } from '../../../tools/testing/template-file';
import { publishPlan } from '../../../src/provision-template/sync/diff';
import { publishChanges } from '../../../src/provision-template/sync/publish';
import { emptySnapshot } from '../../../src/provision-template/sync/snapshot';
import { type BadWorkbook, generateBadWorkbooks, generateGoodWorkbooks } from '../../fixtures/workbooks/generate-bad-workbooks';
import { type LocalSite, startLocalSite } from '../../../tools/testing/local-site';

const catalogue = templateCatalogue();
let counter = 0;
const options = { catalogue, newKey: () => `new-${++counter}` };
const bytes = (file: string): ArrayBuffer => new Uint8Array(readFileSync(file)).buffer;

let dir: string;
let bad: BadWorkbook[];
let good: { name: string; file: string; rows: number }[];
let site: LocalSite;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'waypoint-corpus-'));
  [bad, good, site] = await Promise.all([generateBadWorkbooks(join(dir, 'bad')), generateGoodWorkbooks(join(dir, 'good')), startLocalSite()]);
}, 120_000);

afterAll(async () => {
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The pane's import: read and validate; publish only when there is nothing to fix. */
async function importThenPublish(file: string) {
  const imported = await importProvisionWorkbook(bytes(file), options);
  if (imported.problems.length === 0) {
    await publishChanges(site.repository().publish, publishPlan(imported.rows, emptySnapshot), emptySnapshot);
  }
  return imported;
}

describe('importing a filled-in template: the bad-workbook corpus', () => {
  it('gives each broken workbook a clear message per row, and sends nothing to the site', async () => {
    await site.resetStats();
    for (const workbook of bad) {
      const imported = await importThenPublish(workbook.file);
      for (const expected of workbook.problems) {
        const match = imported.problems.find(
          (p) =>
            expected.message.test(p.message) &&
            (expected.rowNumber === undefined || p.rowNumber === expected.rowNumber) &&
            (expected.column === undefined || p.column === expected.column),
        );
        expect(match, `${workbook.name}: ${expected.message} (got ${JSON.stringify(imported.problems.slice(0, 6))})`).toBeDefined();
      }
      if (workbook.problemCount !== undefined) expect(imported.problems, workbook.name).toHaveLength(workbook.problemCount);
      // Every row-level message names its row.
      expect(imported.problems.filter((p) => p.column && p.rowNumber === undefined)).toEqual([]);
    }
    const stats = await site.stats();
    expect(stats.totalRequests, JSON.stringify(stats.requests)).toBe(0);
  }, 120_000);

  it('reads formula-like text (=, +, - or @) as text and flags it, never as a formula', async () => {
    const imported = await importProvisionWorkbook(bytes(bad.find((b) => b.name === 'formulas')!.file), options);
    expect(imported.problems).toHaveLength(1);
    expect(imported.rows.map((r) => [r.rowNumber, r.formulaLike])).toEqual([
      [5, ['title']],
      [6, ['provider']],
      [7, ['targetedGroup']],
      [8, ['title']],
    ]);
    expect(imported.rows[0]!.activity.title).toBe('=SUM(1,2)');
  });

  it('skips blank rows without complaint and keeps the row numbers people see', async () => {
    const imported = await importProvisionWorkbook(bytes(good.find((g) => g.name === 'blank-rows')!.file), options);
    expect(imported.problems).toEqual([]);
    expect(imported.rows.map((r) => r.rowNumber)).toEqual([4, 6, 9]);
  });

  it('reads 5,000 rows', async () => {
    const started = performance.now();
    const imported = await importProvisionWorkbook(bytes(good.find((g) => g.name === 'five-thousand-rows')!.file), options);
    const seconds = (performance.now() - started) / 1000;
    expect(imported.problems).toEqual([]);
    expect(imported.rows).toHaveLength(5000);
    expect(imported.rows[4999]!.rowNumber).toBe(5003);
    expect(seconds).toBeLessThan(20);
  }, 60_000);
});
