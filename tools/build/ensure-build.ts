/**
 * A production build of the pages, made only when the last one is missing or its inputs have changed since
 * (tools/build/inputs.js): what `npm start` and `npm run bench` need before they serve dist/.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { BUILD_STAMP, hashBuildInputs } from './inputs.js';

/** True when dist/ holds a local production build of today's inputs. */
export function buildIsCurrent(root: string): boolean {
  const stamp = join(root, 'dist', BUILD_STAMP);
  return existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === hashBuildInputs(root);
}

/** Builds unless dist/ is current; says which, and how long the build took. */
export async function ensureBuild(root: string, say: (line: string) => void = console.log): Promise<void> {
  if (buildIsCurrent(root)) {
    say('The pages are built and no source has changed since: not rebuilding.');
    return;
  }
  say('Building the pages (a production build: about a minute, longer on a busy machine)…');
  const started = performance.now();
  const webpack = createRequire(import.meta.url).resolve('webpack/bin/webpack.js');
  await new Promise<void>((done, fail) => {
    const child = spawn(process.execPath, [webpack, '--mode', 'production', '--stats', 'errors-warnings'], { cwd: root, stdio: 'inherit' });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`The build failed (webpack exited with ${code}); its messages are above.`))));
  });
  say(`Built in ${Math.round((performance.now() - started) / 1000)} s.`);
}
