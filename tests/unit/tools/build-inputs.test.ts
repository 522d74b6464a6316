import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { buildIsCurrent } from '../../../tools/build/ensure-build';
import { BUILD_STAMP, hashBuildInputs } from '../../../tools/build/inputs.js';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function project(): string {
  root = mkdtempSync(join(tmpdir(), 'waypoint-inputs-'));
  mkdirSync(join(root, 'src', 'ui'), { recursive: true });
  writeFileSync(join(root, 'src', 'ui', 'view.tsx'), 'export const a = 1;');
  writeFileSync(join(root, 'webpack.config.js'), 'export default {};');
  writeFileSync(join(root, 'package-lock.json'), '{}');
  writeFileSync(join(root, 'README.md'), 'Waypoint');
  return root;
}

describe('the build runs again only when its inputs changed', () => {
  it('is current after a build of the same inputs, whatever else changed', () => {
    const dir = project();
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', BUILD_STAMP), `${hashBuildInputs(dir)}\n`);
    writeFileSync(join(dir, 'README.md'), 'Waypoint, edited');
    expect(buildIsCurrent(dir)).toBe(true);
  });

  it('is stale after a source, the build configuration or the lock file changed, or a file was added', () => {
    const dir = project();
    mkdirSync(join(dir, 'dist'));
    const stamp = (): void => writeFileSync(join(dir, 'dist', BUILD_STAMP), hashBuildInputs(dir));
    for (const change of [
      () => writeFileSync(join(dir, 'src', 'ui', 'view.tsx'), 'export const a = 2;'),
      () => writeFileSync(join(dir, 'webpack.config.js'), 'export default { mode: "production" };'),
      () => writeFileSync(join(dir, 'package-lock.json'), '{"lockfileVersion":3}'),
      () => writeFileSync(join(dir, 'src', 'new.ts'), ''),
    ]) {
      stamp();
      change();
      expect(buildIsCurrent(dir)).toBe(false);
    }
  });

  it('is stale with no build at all', () => {
    expect(buildIsCurrent(project())).toBe(false);
  });
});
