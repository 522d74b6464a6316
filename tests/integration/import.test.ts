import { beforeEach, describe, expect, it } from 'vitest';

import { createDevTokenProvider } from '../../src/auth/dev-token-provider';
import { createProvisionMapRepository } from '../../src/data/provision-map/repository';
import { createGraphClient } from '../../src/graph/graph-client';
import { getAllItems } from '../../src/graph/list-items';
import { type ImportCommand, runImport } from '../../tools/import/run';
import { fixture } from '../unit/import/support';
import { localSite, provisioned, requestsSince, SITE_ID } from './support';

const site = localSite({ each: true });
beforeEach(async () => {
});

const command = (file: string, more: Partial<ImportCommand> = {}): ImportCommand => ({
  file,
  dryRun: false,
  json: true,
  splitRanges: false,
  newCategories: false,
  ...more,
});

async function run(file: string, more: Partial<ImportCommand> = {}, graph = site.server.graph()) {
  const result = await runImport(command(file, more), fixture(file), { graphBaseUrl: site.server.url, upn: 'careers.leader@highfield.example', graph });
  return { ...result, report: JSON.parse(result.stdout) as { rows: { row: number; status: string; activities: { title: string; yearGroup: string }[]; messages: string[] }[] } };
}

/** Every activity key on the site, as stored. */
async function siteKeys(): Promise<string[]> {
  const ctx = await provisioned(site.server.graph());
  const items = await getAllItems(ctx.graph, { siteId: SITE_ID, listId: ctx.listIds.activities }, { select: ['WaypointKey'], top: 5000 });
  return items.map((i) => String(i.fields['WaypointKey']));
}

/**
 * A client whose server answers 500 to the `nth` $batch of creates; with 'outage' it goes on failing every request
 * until `recover()`, so the undo cannot even look.
 */
function failingGraph(nth: number, failure: 'error' | 'outage') {
  let creates = 0;
  let down = false;
  const serverError = () =>
    new Response(JSON.stringify({ error: { code: 'generalException', message: 'Internal server error' } }), {
      status: 500,
      headers: { 'Content-Type': 'application/json' },
    });
  const fetchImpl: typeof fetch = async (input, init) => {
    const body = typeof init?.body === 'string' ? init.body : '';
    if (down) return serverError();
    if (String(input).endsWith('/$batch') && body.includes('"method":"POST"') && ++creates === nth) {
      down = failure === 'outage';
      return serverError();
    }
    return fetch(input, init);
  };
  const graph = createGraphClient({
    baseUrl: site.server.url,
    tokenProvider: createDevTokenProvider({ upn: 'careers.leader@highfield.example' }),
    scopes: ['Sites.Manage.All'],
    fetchImpl,
    retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 },
  });
  return { graph, recover: () => (down = false) };
}

describe('npm run import against the local Graph server', () => {
  it('publishes a clean map in one publish ($batch of 20), prints one JSON document, and never writes a row twice', async () => {
    let first!: Awaited<ReturnType<typeof run>>;
    const stats = await requestsSince(site.server, async () => (first = await run('clean-map.csv')));
    expect(first.exitCode).toBe(0);
    expect(first.report.rows).toHaveLength(22);
    expect(first.report.rows.every((r) => r.status === 'accepted' && r.activities.length === 1)).toBe(true);
    expect(first.report.rows[0]).toEqual({
      row: 2,
      status: 'accepted',
      activities: [
        {
          title: 'Understanding Careers in the NHS',
          stage: 'introduce-inspire',
          yearGroup: '7',
          categories: ['employer-encounter'],
          learningOutcomes: ['SA2'],
          parentsAndCarers: false,
          term: null,
        },
      ],
      messages: [],
    });
    expect(first.stderr).toMatch(/Wrote 22 activities to the site’s provision map in one publish\./);
    expect(stats.batch.partsByTemplate).toMatchObject({ 'POST /sites/{id}/lists/{id}/items': 22 });

    const loaded = (await createProvisionMapRepository(await provisioned(site.server.graph())).load()).activities.map((v) => v.value);
    expect(loaded.map((a) => a.title)).toContain('Skills focused, interactive Mini Careers Fair');
    expect(loaded.every((a) => a.term === undefined)).toBe(true);

    const again = await run('clean-map.csv');
    expect(again.report.rows.every((r) => r.status === 'duplicate')).toBe(true);
    const keys = await siteKeys();
    expect(keys).toHaveLength(22);
    expect(new Set(keys).size).toBe(22);
  }, 60_000);

  it('a dry run writes nothing; rows waiting on a decision are reported, not written, until agreed', async () => {
    const dry = await run('messy-map.csv', { dryRun: true });
    expect(await siteKeys()).toEqual([]);
    const row6 = dry.report.rows.find((r) => r.row === 6)!;
    expect(row6.status).toBe('rejected');
    expect(row6.messages[0]).toMatch(/agree to make one activity for each year, or give the row one year group\. Run again with --split-ranges to agree\.$/);
    expect(dry.report.rows.find((r) => r.row === 18)!.status).toBe('duplicate');

    const written = await run('messy-map.csv', { splitRanges: true, newCategories: true, academicYear: '2026/27' });
    expect(written.exitCode).toBe(0);
    expect(written.stderr).toMatch(/Wrote 12 activities to the site’s provision map \(academic year 2026\/27\) in one publish\./);
    const titles = (await createProvisionMapRepository(await provisioned(site.server.graph())).load()).activities.map((v) => v.value.title);
    expect(titles.filter((t) => t.toLowerCase().startsWith('take your child'))).toHaveLength(1);
    expect(titles.filter((t) => t === 'Personal Guidance 1:1')).toHaveLength(2);
  }, 60_000);

  it('when the server fails half way, nothing is half-written', async () => {
    const { graph } = failingGraph(2, 'error');
    const failed = await run('clean-map.csv', {}, graph);
    expect(failed.exitCode).toBe(1);
    expect(failed.stderr).toMatch(/The site refused part of the import \(.*\), so none of it was kept: nothing was written\./);
    expect(await siteKeys()).toEqual([]);

    const retried = await run('clean-map.csv');
    expect(retried.exitCode).toBe(0);
    expect(await siteKeys()).toHaveLength(22);
  }, 60_000);

  it('when the server fails half way and stays down, importing again finishes the job without writing anything twice', async () => {
    const { graph, recover } = failingGraph(2, 'outage');
    const failed = await run('clean-map.csv', {}, graph);
    expect(failed.exitCode).toBe(1);
    expect(failed.stderr).toMatch(/could not be checked\. Import the same file again when the site answers/);
    expect(await siteKeys()).toHaveLength(20);

    recover();
    const again = await run('clean-map.csv', {}, graph);
    expect(again.exitCode).toBe(0);
    expect(again.report.rows.filter((r) => r.status === 'duplicate')).toHaveLength(20);
    expect(again.report.rows.filter((r) => r.status === 'accepted')).toHaveLength(2);
    const keys = await siteKeys();
    expect(keys).toHaveLength(22);
    expect(new Set(keys).size).toBe(22);
  }, 60_000);

  it('a file it cannot read prints an empty report and the reason', async () => {
    const result = await run('damaged.xlsx');
    expect(result.exitCode).toBe(1);
    expect(result.report).toEqual({ rows: [] });
    expect(result.stderr).toMatch(/could not be opened as an Excel workbook/);
  });
});
