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
  },
});
