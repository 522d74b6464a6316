import { beforeAll, describe, expect, it } from 'vitest';

import { createProvisionMapRepository } from '../../src/data/provision-map/repository';
import { activity } from '../../tools/bench/fixtures';
import { localSite, requestsSince } from './support';

/**
 * An incremental refresh must not grow with the list: one change = 1 small request. The size is just past
 * SharePoint's 5,000-item list view threshold and one 5,000-item delta page, so the threshold and paging are
 * crossed while the test stays quick; `npm run bench` runs the same steps at 50,000.
 */
const SIZE = 5_200;

const site = localSite({ provision: true });
beforeAll(async () => {
}, 30_000);

describe(`a list of ${SIZE.toLocaleString('en-GB')} activities`, () => {
  it('bulk-loads, then refreshes after one change in 1 request of ≤ 5 KB', async () => {
    const repo = createProvisionMapRepository(site.ctx);
    const started = Date.now();
    const { created } = await repo.publish({ create: Array.from({ length: SIZE }, (_, i) => activity(`big-${i}`, i)) }, { firstSortOrder: 0 });
    const loadMs = Date.now() - started;
    expect(created.filter((o) => o.ok)).toHaveLength(SIZE);

    const readStarted = Date.now();
    const first = await repo.refresh();
    const readMs = Date.now() - readStarted;
    expect(first.changed).toHaveLength(SIZE);

    const target = first.changed[4_321]!;
    await repo.update({ ...target.value, title: 'Changed once' }, target);

    let refresh: Awaited<ReturnType<typeof repo.refresh>> | undefined;
    const stats = await requestsSince(site.server, async () => {
      refresh = await repo.refresh(first.deltaLink);
    });
    console.log(
      `${SIZE.toLocaleString('en-GB')} items: bulk write ${(loadMs / 1000).toFixed(1)} s, full read ${(readMs / 1000).toFixed(1)} s; ` +
        `refresh after one change: ${stats.totalRequests} request(s), ${stats.responseBytes} bytes`,
    );
    expect(refresh!.changed.map((a) => a.value.title)).toEqual(['Changed once']);
    expect(stats.totalRequests).toBe(1);
    expect(stats.responseBytes).toBeLessThanOrEqual(5 * 1024);
  }, 300_000);
});
