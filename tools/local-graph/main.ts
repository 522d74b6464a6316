import { resolve } from 'node:path';
import { demoGroupId, demoSiteId } from './demo-tenant';
import { startLocalGraphServer } from './server';
import { DamagedDatabaseError } from './store';

/**
 * `npm run graph-server`: WAYPOINT_GRAPH_PORT (default 4000, 0 = any free port) and
 * WAYPOINT_DATA_DIR (default ./.waypoint-data). Prints one line, stops on SIGINT/SIGTERM.
 */
const portText = process.env.WAYPOINT_GRAPH_PORT ?? '4000';
const port = Number(portText);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`WAYPOINT_GRAPH_PORT must be a port number, got '${portText}'.`);
  process.exit(2);
}
const dataDir = resolve(process.env.WAYPOINT_DATA_DIR ?? '.waypoint-data');

let server: Awaited<ReturnType<typeof startLocalGraphServer>>;
try {
  server = await startLocalGraphServer({ port, dataDir });
} catch (err) {
  if (!(err instanceof DamagedDatabaseError)) throw err;
  console.error(err.message);
  process.exit(3);
}
console.log(`Local Graph server ${server.url}/v1.0 (data ${dataDir}) demo site ${demoSiteId} demo group ${demoGroupId}`);

let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  server.close().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
