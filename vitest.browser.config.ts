import { defineConfig } from 'vitest/config';

// Browser tests drive Debian's chromium against the built pages; they run one file at a time.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
