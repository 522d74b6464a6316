import { availableParallelism } from 'node:os';

import { defineConfig } from 'vitest/config';

// Browser tests drive Debian's chromium against the built pages. Each file starts its own servers on free ports
// with its own data folder and its own browser, so files run side by side: two at a time on a two-core machine.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: true,
    maxWorkers: Math.max(2, Math.floor(availableParallelism() / 2)),
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
