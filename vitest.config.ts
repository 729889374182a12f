import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/matcher/src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
