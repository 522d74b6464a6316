/**
 * Waypoint as it runs on this machine: the local Graph server on its embedded database, the demo school
 * loaded through the app's own data layer, the built pages served beside it and, when asked, the local Fluid
 * service for the meeting's Live Share. `npm start` runs it on fixed ports and a lasting data folder; the bench
 * on free ports and a throw-away folder.
 */
import { resolve } from 'node:path';

import { type LocalFluid, startLocalFluid } from './fluid/start-fluid';
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
  /**
   * Start the local Fluid service (tools/fluid) and name it in the runtime configuration, so the meeting view
   * joins Live Share; `port` default: a free one. If it cannot start, the app starts without it (polling).
   */
  readonly fluid?: { readonly port?: number };
  /** Told before each step, for a person watching. */
  readonly onStep?: (step: string) => void;
}

export interface LocalApp {
  /** e.g. http://localhost:3000 — the pages are /tab.html, /config.html, /taskpane.html. */
  readonly pagesUrl: string;
  /** e.g. http://localhost:4000 — Graph at `${graphUrl}/v1.0`, the admin endpoints at `${graphUrl}/_admin`. */
  readonly graphUrl: string;
  readonly seeded: SeedDemoResult;
  /** The local Fluid service the pages were given, or why it did not start; absent when not asked for. */
  readonly fluid?: { readonly endpoint: string; readonly registry: string } | { readonly unavailable: string };
  close(): Promise<void>;
}

export async function startLocalApp(options: LocalAppOptions): Promise<LocalApp> {
  const devUser = options.devUser ?? demoUser;
  // The Fluid service takes a few seconds to start: beside the Graph server and the demo school, not after.
  const fluidStarting = options.fluid ? startFluid(options.fluid.port) : undefined;
  try {
    options.onStep?.('Starting the local Graph server');
    const graph = await startLocalGraphServer({ port: options.graphPort, dataDir: options.dataDir });
    // The pages are on localhost: the same host name keeps the Graph server same-site for the browser.
    const graphUrl = graph.url.replace('127.0.0.1', 'localhost');
    options.onStep?.('Loading the demo school');
    const seeded = await seedDemo({ graphBaseUrl: graphUrl, upn: devUser });
    const fluid = await fluidStarting;
    const running = fluid && !('unavailable' in fluid) ? fluid : undefined;
    const pages = await startStaticServer({
      root: options.root ?? resolve('dist'),
      port: options.pagesPort,
      runtimeConfig: {
        mode: 'local',
        graphBaseUrl: graphUrl,
        devUser,
        ...(running ? { fluidEndpoint: running.endpoint, fluidRegistry: running.registry } : {}),
        ...options.runtimeConfig,
      },
    });
    return {
      pagesUrl: pages.url,
      graphUrl,
      seeded,
      ...(fluid ? { fluid: running ? { endpoint: running.endpoint, registry: running.registry } : fluid } : {}),
      async close() {
        await new Promise<void>((done) => pages.server.close(() => done()));
        await Promise.all([graph.close(), running?.stop()]);
      },
    };
  } catch (error) {
    const fluid = await fluidStarting;
    if (fluid && !('unavailable' in fluid)) await fluid.stop();
    throw error;
  }
}

/** The local Fluid service, or in plain words why it did not start: it is optional, so this never throws. */
async function startFluid(port: number | undefined): Promise<LocalFluid | { unavailable: string }> {
  try {
    return await startLocalFluid(port !== undefined ? { port } : {});
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND') return { unavailable: 'the tinylicious package is not installed (npm ci)' };
    return { unavailable: String(error instanceof Error ? error.message : error).split('\n')[0]! };
  }
}
