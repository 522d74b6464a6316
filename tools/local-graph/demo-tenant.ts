import type { Store } from './store';

/**
 * The fixed demo tenant every empty database starts with: the tenant root site and the
 * demo team's site (the Microsoft 365 group's site). Ids are fixed so configuration,
 * fixtures and tests can name them.
 */
export const demoHostname = 'contoso.sharepoint.com';

export const demoRootSiteId = `${demoHostname},0c6a3b2e-51d4-4f6b-9a1e-3d2c5b7a8f90,f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b`;

/** The demo team's site, at server-relative path /sites/careers. */
export const demoSitePath = '/sites/careers';
export const demoSiteId = `${demoHostname},3f6c9a1d-2b7e-4c5a-8d0f-6e1b4a9c7d25,a8b4e2f1-6c3d-4e9a-b7f0-5d2c1e8a3b96`;
export const demoSiteDisplayName = 'Careers';

/** The demo team's Microsoft 365 group. */
export const demoGroupId = '7b1d2f1e-9c4a-4c1e-8f3e-2a6d5b9c0e11';

const SEEDED_AT = '2025-09-01T08:00:00Z';

export function seedDemoTenant(store: Store): void {
  store.tx(() => {
    if (store.getRootSite()) return;
    store.insertSite({
      id: demoRootSiteId,
      hostname: demoHostname,
      path: '/',
      name: 'root',
      displayName: 'Communication site',
      description: '',
      created: SEEDED_AT,
      modified: SEEDED_AT,
      isRoot: true,
      groupId: null,
    });
    store.insertSite({
      id: demoSiteId,
      hostname: demoHostname,
      path: demoSitePath,
      name: 'careers',
      displayName: demoSiteDisplayName,
      description: 'Careers leadership team site',
      created: SEEDED_AT,
      modified: SEEDED_AT,
      isRoot: false,
      groupId: demoGroupId,
    });
  });
}
