import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { INLINE_CONFIG_ID, pageRuntimeConfig } from '../../../src/app/inline-config';
import { startStaticServer } from '../../../tools/static-server';

describe('the pages server writes the runtime configuration into every page', () => {
  let root: string;
  let pages: { url: string; server: Server };
  const runtimeConfig = { mode: 'local', graphBaseUrl: 'http://localhost:4000', devUser: '</script><b>x@y.z' };
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'waypoint-inline-'));
    writeFileSync(join(root, 'tab.html'), '<!doctype html><html><head><title>tab</title></head><body></body></html>');
    pages = await startStaticServer({ root, port: 0, runtimeConfig });
  });
  afterAll(async () => {
    await new Promise<void>((done) => pages.server.close(() => done()));
    rmSync(root, { recursive: true, force: true });
  });

  it('so a page reads it without a request, and no value can close its script element', async () => {
    for (const path of ['/', '/tab.html']) {
      const html = await (await fetch(`${pages.url}${path}`)).text();
      const inline = new RegExp(`<script type="application/json" id="${INLINE_CONFIG_ID}">(.*?)</script></head>`).exec(html);
      expect(inline, path).not.toBeNull();
      expect(inline![1]).not.toContain('<');
      const doc = { getElementById: (id: string) => (id === INLINE_CONFIG_ID ? ({ textContent: inline![1]! } as HTMLElement) : null) };
      expect(await pageRuntimeConfig(doc)).toEqual({ ...runtimeConfig, readOnly: false });
    }
  });

  it('and refuses a page whose configuration is not JSON, naming where it was', async () => {
    const doc = { getElementById: () => ({ textContent: '{oops' }) as unknown as HTMLElement };
    await expect(pageRuntimeConfig(doc)).rejects.toThrow(/written into the page/);
  });

  it('and does not start with a configuration the pages would refuse, saying what is wrong', async () => {
    await expect(startStaticServer({ root, port: 0, runtimeConfig: { mode: 'local', graphBaseUrl: 'http://localhost:4000' } })).rejects.toThrow(
      /has a problem: devUser is missing/,
    );
  });
});
