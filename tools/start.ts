/**
 * `npm start`: builds the pages (only when a source changed since the last build), starts the local Graph
 * server on its embedded database, provisions the lists and loads the demo school through the app's own data
 * layer, then serves the Teams tab, its configuration page and the Excel task pane, with the local Fluid service
 * beside them for the meeting's Live Share (named in the pages' runtime configuration; without it, polling).
 *
 * `npm run dev` (`npm start -- --watch`): a development build that rebuilds on every change instead; reload the
 * page to see it.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import type { Configuration } from 'webpack';

import { ensureBuild } from './build/ensure-build';
import { demoUser, startLocalApp } from './local-app';

const root = process.cwd();
const watch = process.argv.includes('--watch');
const port = Number(process.env.WAYPOINT_PORT ?? 3000);
const graphPort = Number(process.env.WAYPOINT_GRAPH_PORT ?? 4000);
const fluidPort = process.env.WAYPOINT_FLUID_PORT ? Number(process.env.WAYPOINT_FLUID_PORT) : undefined;
const dataDir = resolve(process.env.WAYPOINT_DATA_DIR ?? '.waypoint-data');
const devUser = process.env.WAYPOINT_DEV_USER ?? demoUser;

/** Where `npm run dev` builds: beside, not over, the production build that `npm start` reuses. */
const devDist = resolve(root, 'dist', 'dev');

/** Webpack in watch mode; resolves after the first build and reports each rebuild. */
async function watchBuild(): Promise<void> {
  console.log('Building the pages for development (about half a minute), then rebuilding on every change…');
  // Loaded here only: webpack takes a while to load, and a plain start does not need it.
  const { default: webpack } = await import('webpack');
  const { default: config } = (await import(pathToFileURL(resolve(root, 'webpack.config.js')).href)) as {
    default: (env: object, argv: { mode: string }) => Configuration;
  };
  let first = true;
  await new Promise<void>((done, fail) => {
    const development = config({}, { mode: 'development' });
    webpack({ ...development, output: { ...development.output, path: devDist } }).watch({ aggregateTimeout: 300 }, (error, stats) => {
      if (error || !stats) return first ? fail(error) : console.error(error);
      if (stats.hasErrors()) console.error(stats.toString('errors-only'));
      else console.log(`${first ? 'Built' : 'Rebuilt'} in ${((stats.endTime - stats.startTime) / 1000).toFixed(1)} s${first ? '.' : ': reload the page.'}`);
      if (first) {
        first = false;
        done();
      }
    });
  });
}

if (process.env.WAYPOINT_SKIP_BUILD === '1') console.log('WAYPOINT_SKIP_BUILD=1: serving dist/ as it is.');
else if (watch) await watchBuild();
else await ensureBuild(root);

const app = await startLocalApp({
  dataDir,
  pagesPort: port,
  graphPort,
  devUser,
  fluid: fluidPort !== undefined ? { port: fluidPort } : {},
  root: watch ? devDist : resolve(root, 'dist'),
  onStep: (step) => console.log(`${step}…`),
});

const fluid = app.fluid;
const live =
  fluid && 'endpoint' in fluid
    ? `Local Fluid service: ${fluid.endpoint} (the meeting's Live Share; container registry ${fluid.registry})`
    : `The meeting is not live: the local Fluid service did not start (${fluid?.unavailable ?? 'not asked for'}); the meeting view refreshes by polling.`;

console.log(`
Waypoint is running (ready ${process.uptime().toFixed(1)} s after the start), signed in locally as ${devUser}.
  Teams tab:          ${app.pagesUrl}/tab.html
  Tab settings page:  ${app.pagesUrl}/config.html
  Excel task pane:    ${app.pagesUrl}/taskpane.html
  Local Graph server: ${app.graphUrl}/v1.0 (data in ${dataDir}; ${app.seeded.seeded ? 'the demo school was loaded' : 'the demo school was already there'})
  ${live}
Press Ctrl+C to stop.`);

const stop = async (): Promise<void> => {
  // An open page may hold a connection; do not wait for it for long.
  setTimeout(() => process.exit(0), 2000).unref();
  await app.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
