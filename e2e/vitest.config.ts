import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One browser and one server per file; files run one after another on this 2-core machine.
    fileParallelism: false,
    expect: { poll: { timeout: 10_000, interval: 100 } },
  },
});
