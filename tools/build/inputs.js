// @ts-check
/**
 * One hash of everything a production build of the pages depends on: the sources, the build's own
 * configuration and the locked dependencies. The build writes it into dist/ (BUILD_STAMP); `npm start` and
 * `npm run bench` rebuild only when the hash of today's inputs differs.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The file in dist/ that records which inputs a local production build was made from. */
export const BUILD_STAMP = 'build-inputs.txt';

/** Folders and files, relative to the repository root, whose contents make the build. */
const INPUTS = ['src', 'assets/waypoint-tile-16.svg', 'webpack.config.js', 'package-lock.json', 'tools/build', 'tools/package/csp.js'];

/**
 * @param {string} root the repository root
 * @returns {string} hex SHA-256 over each input file's path and contents, in a fixed order
 */
export function hashBuildInputs(root) {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap((input) => filesUnder(join(root, input))).sort()) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/**
 * @param {string} path
 * @returns {string[]}
 */
function filesUnder(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
