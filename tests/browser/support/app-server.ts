import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { demoUser, startLocalApp } from '../../../tools/local-app';

export interface RunningApp {
  /** e.g. http://localhost:41234 — pages are at /tab.html, /config.html, /taskpane.html. */
  readonly pagesUrl: string;
  /** e.g. http://localhost:41235 — Graph base is `${graphUrl}/v1.0`, admin at `${graphUrl}/_admin`. */
  readonly graphUrl: string;
  close(): Promise<void>;
}

export const devUser = demoUser;

/**
 * The whole app as `npm start` runs it — the built pages, the local Graph server on a fresh
 * database, the demo school loaded through the data layer — on free ports, for one test file.
 */
export async function startApp(options: { runtimeConfig?: Record<string, unknown> } = {}): Promise<RunningApp> {
  const dist = resolve('dist');
  if (!existsSync(join(dist, 'tab.html'))) throw new Error('dist/ is missing: run `npm run build` before the browser tests.');
  const dataDir = mkdtempSync(join(tmpdir(), 'waypoint-browser-'));
  const app = await startLocalApp({ dataDir, pagesPort: 0, graphPort: 0, root: dist, ...(options.runtimeConfig ? { runtimeConfig: options.runtimeConfig } : {}) });
  return {
    pagesUrl: app.pagesUrl,
    graphUrl: app.graphUrl,
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
