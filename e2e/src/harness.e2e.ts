import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startApp } from './harness.js';

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const e2eFolders = () => new Set(fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('thuis-e2e-') && !f.startsWith('thuis-e2e-seed-')));

describe('the browser-test harness', () => {
  it('stops an app that does not start in time and removes its data folder', async () => {
    const before = e2eFolders();
    let pid = 0;
    // A process that runs but never answers /api/health.
    await expect(startApp({ command: ['-e', 'setInterval(() => {}, 1000)'], startTimeoutMs: 1_500, onSpawn: (p) => (pid = p) })).rejects.toThrow(
      /did not start within 2 s/,
    );
    expect(pid).toBeGreaterThan(0);
    expect(isRunning(pid)).toBe(false);
    expect([...e2eFolders()].filter((f) => !before.has(f))).toEqual([]);
  });

  it('reports an app that exits at start, and leaves nothing behind', async () => {
    const before = e2eFolders();
    let pid = 0;
    await expect(startApp({ command: ['-e', 'process.exit(3)'], onSpawn: (p) => (pid = p) })).rejects.toThrow(/exited with 3/);
    expect(isRunning(pid)).toBe(false);
    expect([...e2eFolders()].filter((f) => !before.has(f))).toEqual([]);
  });

  it('kills an app that ignores SIGTERM when it is stopped', async () => {
    let pid = 0;
    const script = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'thuis-harness-')), 'stubborn.mjs');
    fs.writeFileSync(
      script,
      `import http from 'node:http';\nprocess.on('SIGTERM', () => {});\nhttp.createServer((q, r) => r.end('ok')).listen(Number(process.env.PORT), '127.0.0.1');\n`,
    );
    const app = await startApp({ command: [script], onSpawn: (p) => (pid = p) });
    await app.stop();
    expect(isRunning(pid)).toBe(false);
    fs.rmSync(path.dirname(script), { recursive: true, force: true });
  }, 30_000);
});
