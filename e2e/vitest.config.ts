import { defineConfig } from 'vitest/config';
import { timeScale } from './src/time-scale.js';

// Limits grow with the machine's load (see timeScale), so a busy CI machine fails on a hang only.
const scale = timeScale();

export default defineConfig({
  test: {
    include: ['src/**/*.e2e.ts'],
    globalSetup: ['src/global-setup.ts'],
    testTimeout: 120_000 * scale,
    hookTimeout: 120_000 * scale,
    // One browser and one server per file; files run one after another on this 2-core machine.
    fileParallelism: false,
    expect: { poll: { timeout: 10_000 * scale, interval: 100 } },
  },
});
