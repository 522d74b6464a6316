import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { INLINE_CONFIG_ID, pageRuntimeConfig } from '../../src/app/inline-config';
import { type LocalApp, startLocalApp } from '../../tools/local-app';

/** The runtime configuration as the page reads it from its own head. */
async function configOfPage(pagesUrl: string) {
  const html = await (await fetch(`${pagesUrl}/tab.html`)).text();
  const inline = new RegExp(`<script type="application/json" id="${INLINE_CONFIG_ID}">(.*?)</script>`).exec(html);
  expect(inline).not.toBeNull();
  return pageRuntimeConfig({ getElementById: () => ({ textContent: inline![1]! }) as unknown as HTMLElement });
}

describe('the local app as `npm start` runs it, with the local Fluid service', () => {
  let root: string;
  const dataDirs: string[] = [];
  const start = (fluid: { port?: number }): Promise<LocalApp> => {
    const dataDir = mkdtempSync(join(tmpdir(), 'waypoint-fluid-app-'));
    dataDirs.push(dataDir);
    return startLocalApp({ dataDir, pagesPort: 0, graphPort: 0, root, fluid });
  };
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'waypoint-fluid-pages-'));
    writeFileSync(join(root, 'tab.html'), '<!doctype html><html><head><title>tab</title></head><body></body></html>');
  });
  afterAll(() => {
    for (const dir of [root, ...dataDirs]) rmSync(dir, { recursive: true, force: true });
  });

  it('hands the pages a configuration naming the running service and its registry, and stops it on close', async () => {
    const app = await start({});
    expect(app.fluid).toMatchObject({ endpoint: expect.stringMatching(/^http:\/\/localhost:\d+$/), registry: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/) });
    const { endpoint, registry } = app.fluid as { endpoint: string; registry: string };
    try {
      const config = await configOfPage(app.pagesUrl);
      expect(config).toMatchObject({ mode: 'local', fluid: { endpoint, registry } });
      expect(await (await fetch(`${app.pagesUrl}/config.json`)).json()).toMatchObject({ fluidEndpoint: endpoint, fluidRegistry: registry });
      // Both answer: the service, and the registry (no container for a meeting nobody has joined).
      expect((await fetch(endpoint)).ok).toBe(true);
      expect((await fetch(`${registry}/meetings/none-yet`)).status).toBe(404);
    } finally {
      await app.close();
    }
    await expect(fetch(endpoint)).rejects.toThrow();
    await expect(fetch(`${registry}/meetings/none-yet`)).rejects.toThrow();
  }, 30_000);

  it('on a port already taken, starts without it, says why, and the pages poll (no Fluid in their configuration)', async () => {
    const taken: Server = createServer();
    await new Promise<void>((done) => taken.listen(0, done));
    const port = (taken.address() as { port: number }).port;
    try {
      const app = await start({ port });
      try {
        expect(app.fluid).toEqual({ unavailable: `port ${port} is in use` });
        const config = await configOfPage(app.pagesUrl);
        expect(config.mode).toBe('local');
        expect('fluid' in config).toBe(false);
      } finally {
        await app.close();
      }
    } finally {
      await new Promise<void>((done) => taken.close(() => done()));
    }
  });
});
