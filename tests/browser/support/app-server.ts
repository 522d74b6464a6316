import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { startLocalGraphServer } from '../../../tools/local-graph/server';
import { seedDemo } from '../../../tools/seed-demo';
import { startStaticServer } from '../../../tools/static-server';

export interface RunningApp {
  /** e.g. http://localhost:41234 — pages are at /tab.html, /config.html, /taskpane.html. */
  readonly pagesUrl: string;
  /** e.g. http://localhost:41235 — Graph base is `${graphUrl}/v1.0`, admin at `${graphUrl}/_admin`. */
  readonly graphUrl: string;
  close(): Promise<void>;
}

export const devUser = 'careers.leader@contoso.onmicrosoft.com';

/**
 * The whole app as `npm start` runs it — the built pages, the local Graph server on a fresh
 * database, the demo school loaded through the data layer — on free ports, for one test file.
 */
export async function startApp(options: { runtimeConfig?: Record<string, unknown> } = {}): Promise<RunningApp> {
  const dist = resolve('dist');
  if (!existsSync(join(dist, 'tab.html'))) throw new Error('dist/ is missing: run `npm run build` before the browser tests.');
  const dataDir = mkdtempSync(join(tmpdir(), 'waypoint-browser-'));
  const graph = await startLocalGraphServer({ port: 0, dataDir });
  const graphUrl = graph.url.replace('127.0.0.1', 'localhost');
  await seedDemo({ graphBaseUrl: graphUrl, upn: devUser });
  const pages = await startStaticServer({
    root: dist,
    port: 0,
    runtimeConfig: { mode: 'local', graphBaseUrl: graphUrl, devUser, ...options.runtimeConfig },
  });
  return {
    pagesUrl: pages.url,
    graphUrl,
    async close() {
      await new Promise<void>((done) => pages.server.close(() => done()));
      await graph.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
