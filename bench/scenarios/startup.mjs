import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PORT = 3917;

/** Spawns a server and returns the milliseconds until /api/health answers 200, and a stop function. */
async function timeUntilHealthy(args, env) {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: 'inherit',
  });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const ok = await fetch(`http://127.0.0.1:${PORT}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (performance.now() - started > 120_000) throw new Error('server did not become healthy');
    await new Promise((r) => setTimeout(r, 20));
  }
  const ms = performance.now() - started;
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export const startup = {
  description: 'second start of the app on an existing embedded data folder (target: under 5 s)',
  async run() {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thuis-bench-startup-'));
    const baselineScript = path.join(dataDir, 'baseline.mjs');
    // Baseline: the same runtime (node + tsx) serving a bare health route.
    fs.writeFileSync(
      baselineScript,
      `import http from 'node:http';
       http.createServer((q, r) => { r.writeHead(200, {'content-type': 'application/json'}); r.end('{"status":"ok"}'); }).listen(${PORT}, '127.0.0.1');
       process.on('SIGTERM', () => process.exit(0));`,
    );
    try {
      const env = { DATA_DIR: path.join(dataDir, 'data'), DATABASE_URL: '' };
      const firstStart = await timeUntilHealthy(['apps/server/src/main.ts'], env);
      const restarts = [];
      const baselines = [];
      for (let i = 0; i < 3; i++) {
        baselines.push(await timeUntilHealthy([baselineScript], {}));
        restarts.push(await timeUntilHealthy(['apps/server/src/main.ts'], env));
      }
      const restart = median(restarts);
      const baseline = median(baselines);
      return {
        ok: restart < 5000,
        target: 'restart < 5000 ms',
        lines: [
          `first start (new database + demo data): ${Math.round(firstStart)} ms`,
          `baseline (bare node+tsx server), median of 3: ${Math.round(baseline)} ms`,
          `restart on the same data, median of 3: ${Math.round(restart)} ms = ${(restart / baseline).toFixed(2)} × baseline`,
        ],
      };
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
