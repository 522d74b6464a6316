/**
 * `npm start`: builds the pages, starts the local Graph server on its embedded database,
 * provisions the lists and loads the demo school through the app's own data layer, then
 * serves the Teams tab, its configuration page and the Excel task pane.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

import { startLocalGraphServer } from './local-graph/server';
import { seedDemo } from './seed-demo';
import { startStaticServer } from './static-server';

const port = Number(process.env.WAYPOINT_PORT ?? 3000);
const graphPort = Number(process.env.WAYPOINT_GRAPH_PORT ?? 4000);
const dataDir = resolve(process.env.WAYPOINT_DATA_DIR ?? '.waypoint-data');
const devUser = process.env.WAYPOINT_DEV_USER ?? 'careers.leader@contoso.onmicrosoft.com';

if (process.env.WAYPOINT_SKIP_BUILD !== '1') {
  execFileSync('npx', ['webpack', '--mode', 'production'], { stdio: 'inherit' });
}

const graph = await startLocalGraphServer({ port: graphPort, dataDir });
const graphBaseUrl = graph.url.replace('127.0.0.1', 'localhost');
await seedDemo({ graphBaseUrl, upn: devUser });

const pages = await startStaticServer({
  root: resolve('dist'),
  port,
  runtimeConfig: { mode: 'local', graphBaseUrl, devUser },
});

console.log(`Waypoint is running.
  Teams tab:          ${pages.url}/tab.html
  Tab settings page:  ${pages.url}/config.html
  Excel task pane:    ${pages.url}/taskpane.html
  Local Graph server: ${graphBaseUrl}/v1.0 (data in ${dataDir})
Press Ctrl+C to stop.`);

const stop = async (): Promise<void> => {
  pages.server.close();
  await graph.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
