import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PORT = 3917;

/**
 * CPU time (user + system, ms) the process has used so far, from Linux's /proc; null elsewhere. On a
 * machine shared with other work the wall time grows with the load, the CPU time hardly.
 */
function cpuMs(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (100 Hz)
  } catch {
    return null;
  }
}

/** Spawns `node …args` and returns the wall and CPU milliseconds until /api/health answers 200, after stopping it again. */
async function timeUntilHealthy(args, env) {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
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
    if (performance.now() - started > 180_000) throw new Error('server did not become healthy');
    await new Promise((r) => setTimeout(r, 20));
  }
  const wall = performance.now() - started;
  const cpu = cpuMs(child.pid);
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  return { wall, cpu };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${Math.round(x)} ms`;
const both = (x) => (x.cpu === null ? ms(x.wall) : `${ms(x.wall)} (CPU ${ms(x.cpu)})`);
const medianOf = (runs) => ({ wall: median(runs.map((r) => r.wall)), cpu: runs[0].cpu === null ? null : median(runs.map((r) => r.cpu)) });

export const startup = {
  description:
    'first start (new embedded database + demo data) and restart, source through tsx against the built server (targets: built first start < 15 s, restart < 5 s)',
  async run() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thuis-bench-startup-'));
    const baselineScript = path.join(dir, 'baseline.mjs');
    // Baseline: plain node serving a bare health route.
    fs.writeFileSync(
      baselineScript,
      `import http from 'node:http';
       http.createServer((q, r) => { r.writeHead(200, {'content-type': 'application/json'}); r.end('{"status":"ok"}'); }).listen(${PORT}, '127.0.0.1');
       process.on('SIGTERM', () => process.exit(0));`,
    );
    try {
      const buildStarted = performance.now();
      const build = spawnSync('npm', ['run', 'build', '--workspace', 'apps/server'], { cwd: repoRoot, stdio: 'ignore' });
      if (build.status !== 0) throw new Error('npm run build --workspace apps/server failed');
      const buildMs = performance.now() - buildStarted;

      const variants = {
        source: ['--import', 'tsx', 'apps/server/src/main.ts'],
        built: ['apps/server/dist/main.js'],
      };
      const env = (name) => ({ DATA_DIR: path.join(dir, `data-${name}`), DATABASE_URL: '' });
      const first = {};
      const restarts = { source: [], built: [] };
      const baselines = [];
      // Interleaved, so a busy moment on the machine hits both variants alike.
      for (const name of Object.keys(variants)) first[name] = await timeUntilHealthy(variants[name], env(name));
      for (let i = 0; i < 3; i++) {
        baselines.push(await timeUntilHealthy([baselineScript], {}));
        for (const name of Object.keys(variants)) restarts[name].push(await timeUntilHealthy(variants[name], env(name)));
      }
      const baseline = median(baselines.map((b) => b.wall));
      const restart = { source: medianOf(restarts.source), built: medianOf(restarts.built) };
      return {
        ok: first.built.wall < 15_000 && restart.built.wall < 5000,
        target: 'built: first start < 15000 ms, restart < 5000 ms',
        lines: [
          `server build (esbuild): ${ms(buildMs)}; machine load average ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores`,
          `baseline (bare node server), median of 3: ${ms(baseline)}`,
          `first start (new database + demo data): source (tsx) ${both(first.source)}, built ${both(first.built)} = ${(first.built.wall / first.source.wall).toFixed(2)} × source`,
          `restart on the same data, median of 3: source (tsx) ${both(restart.source)}, built ${both(restart.built)} = ${(restart.built.wall / restart.source.wall).toFixed(2)} × source, ${(restart.built.wall / baseline).toFixed(1)} × baseline`,
        ],
      };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
