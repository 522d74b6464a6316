import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import { INLINE_CONFIG_ID } from '../../src/app/inline-config';
import { createServices } from '../../src/app/services';
import type { DataContext } from '../../src/data/data-context';
import { provisionLists } from '../../src/data/provision-lists';
import { createReviewsRepository } from '../../src/data/reviews/repository';
import { createSettingsRepository } from '../../src/data/settings/repository';
import type { HostAdapter } from '../../src/host/host-types';
import { type LocalServerHarness, startHarness } from '../../tools/bench/harness';
import { demoGroupId, demoSiteId } from '../../tools/local-graph/demo-tenant';

const upn = 'careers.leader@contoso.onmicrosoft.com';
const host = { context: { kind: 'teams', frame: 'content', theme: 'default', locale: 'en-GB', teamGroupId: demoGroupId } } as HostAdapter;
const firstReads = (data: DataContext) => Promise.all([createSettingsRepository(data).getInstitution(), createReviewsRepository(data).list()]);

describe("a page's start-up against the local Graph server", () => {
  let harness: LocalServerHarness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.close());
  afterEach(() => vi.unstubAllGlobals());

  /** The page as the pages server writes it: the runtime configuration inline, no one chosen in the address. */
  function stubPage(access: 'write' | null = null): void {
    const config = JSON.stringify({ mode: 'local', graphBaseUrl: harness.url, devUser: upn });
    vi.stubGlobal('document', { getElementById: (id: string) => (id === INLINE_CONFIG_ID ? { textContent: config } : null) });
    vi.stubGlobal('window', { location: { search: '', href: 'http://localhost/tab.html' } });
    // `access`: what this browser tab already learnt of the person's write access (the probe's answer is kept).
    vi.stubGlobal('sessionStorage', { getItem: (key: string) => (key.startsWith('waypoint.access|') ? access : null), setItem: () => undefined });
  }

  it("on a site never set up, sets it up and hands over no read made before it", async () => {
    stubPage();
    const services = await createServices(host, firstReads);
    expect(services.startUp).toBeUndefined();
    expect(services.data.siteId).toBe(demoSiteId);
  });

  it('on a site set up, reads its lists through the team and its first reads with the schema check: two requests in sequence', async () => {
    await provisionLists(harness.graph(upn), demoSiteId);
    stubPage('write');
    await harness.resetStats();
    const services = await createServices(host, firstReads);
    const [institution, reviews] = await services.startUp!;
    const stats = await harness.stats();
    expect(stats.totalRequests).toBe(2);
    expect(stats.batch).toMatchObject({ envelopes: 1, parts: 3 });
    expect(institution).toBeNull();
    expect(reviews).toEqual([]);
    expect(services.data.siteId).toBe(demoSiteId);
  });

  it("on a tab's first visit, asks once more: whether this person may write (the answer is then kept)", async () => {
    await provisionLists(harness.graph(upn), demoSiteId);
    stubPage(null);
    await harness.resetStats();
    const services = await createServices(host, firstReads);
    await services.startUp;
    expect((await harness.stats()).totalRequests).toBe(3);
    expect(services.user.readOnly).toBe(false);
  });
});
