// `overhead`: the per-request cost of the app on one small endpoint (the address detail of a
// 10.000-home project), against the bare Fastify + pg route that runs the same SQL, in rounds that
// take turns so both see the same machine load. BENCH_CPU_PROF=<folder> writes a CPU profile of the
// app (node --cpu-prof) there when it stops; open it in Chrome DevTools or speedscope.
// BENCH_SERVER=<path of a built main.js> measures another build (e.g. of the main branch) instead.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { migrateToLatest } from '../../apps/server/src/platform/db/migrate.js';
import { openPostgres } from '../../apps/server/src/platform/db/database.js';
import { BUILT_SERVER, ensureServerBuilt } from '../../e2e/src/server-build.js';
import { generateScaleData } from './scale-data.js';
import { ask, captureQueries, freePort, load, signIn, stop, waitForHealth, type Endpoint } from './scale.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const databaseUrl = () => process.env.BENCH_OVERHEAD_URL ?? 'postgres://postgres@127.0.0.1:5432/thuis_overhead';
/** CPU time (user + system, ms) a process has used so far, from Linux's /proc: unlike req/s, hardly moved by other work on the machine. */
function cpuMs(pid: number | undefined): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Empties the (dedicated) database and fills it anew: a 10.000-home project and a small one. */
async function freshData(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('drop schema public cascade; create schema public');
  await client.end();
  const handle = openPostgres(url, 2);
  await migrateToLatest(handle.db);
  await handle.close();
  return generateScaleData(url, { projects: 2, households: 10_500, registrations: 20_000, featured: [10_000] });
}

const target = 'address detail ≥ 0,6 × the bare route (median of the rounds)';

export const overheadScenario = {
  description: 'per-request overhead: the address detail of a 10.000-home project against a bare Fastify + pg route with the same SQL (PostgreSQL)',
  async run() {
    const url = databaseUrl();
    const data = await freshData(url);
    const leader = await signIn(url, data.leaderId);
    const [featured] = data.featured;
    const endpoints: Endpoint[] = [
      { name: 'address detail (audited)', path: `/api/projects/${featured!.projectId}/addresses/${featured!.addressId}`, cookie: leader },
      { name: 'address detail (no audit)', path: `/api/projects/${featured!.projectId}/addresses/${featured!.plainAddressId}`, cookie: leader },
    ];
    const captured = await captureQueries(url, endpoints);
    const server = process.env.BENCH_SERVER ?? BUILT_SERVER;
    if (!process.env.BENCH_SERVER) ensureServerBuilt();
    const profileDir = process.env.BENCH_CPU_PROF;
    const appPort = await freePort();
    const app = spawn(process.execPath, [...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), server], {
      cwd: repoRoot,
      env: { ...process.env, PORT: String(appPort), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATABASE_URL: url, DEMO: 'false', NODE_ENV: 'production' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const bare = fork(path.join(repoRoot, 'bench/scenarios/bare-server.mjs'), [], {
      env: { ...process.env, DATABASE_URL: url, POOL_SIZE: '10' },
      stdio: 'inherit',
    });
    const lines: string[] = [];
    let ok = true;
    try {
      await waitForHealth(appPort, app);
      const { port: barePort } = await ask<{ port: number }>(bare, { routes: endpoints.map((e) => ({ path: e.path, queries: captured.get(e.path) ?? [] })) });
      const rounds = Number(process.env.BENCH_ROUNDS ?? 6);
      const durationMs = Number(process.env.BENCH_DURATION_MS ?? 1_500);
      for (const e of endpoints) {
        const ratios: number[] = [];
        const appRps: number[] = [];
        const bareRps: number[] = [];
        const appP95: number[] = [];
        const cpu = { app: 0, appRequests: 0, bare: 0, bareRequests: 0 };
        /** The load, and the CPU time the server used for it. */
        const measure = async (port: number, child: ChildProcess) => {
          const before = cpuMs(child.pid);
          const result = await load(port, e, durationMs, 4, 5);
          return { ...result, cpu: cpuMs(child.pid) - before };
        };
        for (let round = 0; round < rounds; round++) {
          const measured = await measure(appPort, app);
          const baseline = await measure(barePort, bare);
          ratios.push(measured.rps / baseline.rps);
          appRps.push(measured.rps);
          bareRps.push(baseline.rps);
          appP95.push(measured.p95);
          cpu.app += measured.cpu;
          cpu.appRequests += measured.count;
          cpu.bare += baseline.cpu;
          cpu.bareRequests += baseline.count;
        }
        const appCpu = cpu.app / cpu.appRequests;
        const bareCpu = cpu.bare / cpu.bareRequests;
        const ratio = median(ratios);
        if (e.name.endsWith('(audited)') && ratio < 0.6) ok = false;
        lines.push(
          `${e.name.padEnd(26)} app ${median(appRps).toFixed(0)} req/s (p95 ${Math.round(median(appP95))} ms), bare ${median(bareRps).toFixed(0)} req/s; ratio ${ratio.toFixed(2)} (rounds ${ratios.map((r) => r.toFixed(2)).join(', ')}); server CPU per request: app ${appCpu.toFixed(2)} ms, bare ${bareCpu.toFixed(2)} ms (${(bareCpu / appCpu).toFixed(2)}); ${captured.get(e.path)?.length ?? 0} queries replayed`,
        );
      }
    } finally {
      await Promise.all([stop(app), stop(bare)]);
    }
    lines.push(`server: ${server}`);
    if (profileDir) lines.push(`CPU profile of the app written to ${profileDir}`);
    return { ok, lines, target };
  },
};
