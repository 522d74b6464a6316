import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { REPO_ROOT } from '../../tools/package/package-app';
import { bundleFiles, scanBundles } from '../../tools/package/secret-scan';

// Runs with the browser suite because that suite runs after the production build, so dist/ is always there.
describe('built bundles (dist/) carry no secrets', () => {
  const dist = join(REPO_ROOT, 'dist');

  it('scans every built script', () => {
    const files = bundleFiles(dist);
    expect(files.some((f) => f.endsWith('.js')), 'dist/ has no scripts: run `npm run build` first').toBe(true);
    expect(scanBundles(dist)).toEqual([]);
  });
});
