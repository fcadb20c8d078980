import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The site is built once (tests/support/global-setup.ts); build and browser tests read dist/.
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Two cores here: the fixture builds and the browser would fight for them.
    fileParallelism: false,
    reporters: ['default'],
  },
});
