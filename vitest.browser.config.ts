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
    // A condition a person would see "at once" can take seconds on a loaded two-core machine: wait for it, don't
    // fail at expect.poll's default of one second. Budgets that are requirements set their own timeouts.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
