import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-build.ts', 'tests/global-tmp.ts'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
