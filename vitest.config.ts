import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Node-side tests. The widget's tests run in Chromium through web-test-runner.
export default defineConfig({
  test: {
    include: [
      'packages/matcher/src/**/*.test.ts',
      'packages/cli/src/**/*.test.ts',
      'packages/cli/test/**/*.test.ts',
      'packages/server/src/**/*.test.js',
      'packages/server/scripts/**/*.test.js',
      'examples/**/*.test.{ts,mjs}',
      'test/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 30_000,
    // Above the 20 s a service gets to exit (test/mail-support.ts), so a slow shutdown fails with its log.
    hookTimeout: 30_000,
    // Most files wait on servers, Chromium and npm rather than compute, so even two cores run two
    // files at a time (the default leaves one core free, which there means one file at a time).
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
