/**
 * Waypoint as it runs on this machine: the local Graph server on its embedded database, the demo school
 * loaded through the app's own data layer, and the built pages served beside it. `npm start` runs it on
 * fixed ports and a lasting data folder; the bench on free ports and a throw-away folder.
 */
import { resolve } from 'node:path';

import { startLocalGraphServer } from './local-graph/server';
import { seedDemo, type SeedDemoResult } from './seed-demo';
import { startStaticServer } from './static-server';

export const demoUser = 'careers.leader@contoso.onmicrosoft.com';

export interface LocalAppOptions {
  readonly dataDir: string;
  /** 0 for a free port. */
  readonly pagesPort: number;
  readonly graphPort: number;
  readonly devUser?: string;
  /** The built pages (default dist/). */
  readonly root?: string;
  /** Added to the runtime configuration the pages read (/config.json). */
  readonly runtimeConfig?: Readonly<Record<string, unknown>>;
  /** Told before each step, for a person watching. */
  readonly onStep?: (step: string) => void;
}

export interface LocalApp {
  /** e.g. http://localhost:3000 — the pages are /tab.html, /config.html, /taskpane.html. */
  readonly pagesUrl: string;
  /** e.g. http://localhost:4000 — Graph at `${graphUrl}/v1.0`, the admin endpoints at `${graphUrl}/_admin`. */
  readonly graphUrl: string;
  readonly seeded: SeedDemoResult;
  close(): Promise<void>;
}

export async function startLocalApp(options: LocalAppOptions): Promise<LocalApp> {
  const devUser = options.devUser ?? demoUser;
  options.onStep?.('Starting the local Graph server');
  const graph = await startLocalGraphServer({ port: options.graphPort, dataDir: options.dataDir });
  // The pages are on localhost: the same host name keeps the Graph server same-site for the browser.
  const graphUrl = graph.url.replace('127.0.0.1', 'localhost');
  options.onStep?.('Loading the demo school');
  const seeded = await seedDemo({ graphBaseUrl: graphUrl, upn: devUser });
  const pages = await startStaticServer({
    root: options.root ?? resolve('dist'),
    port: options.pagesPort,
    runtimeConfig: { mode: 'local', graphBaseUrl: graphUrl, devUser, ...options.runtimeConfig },
  });
  return {
    pagesUrl: pages.url,
    graphUrl,
    seeded,
    async close() {
      await new Promise<void>((done) => pages.server.close(() => done()));
      await graph.close();
    },
  };
}
