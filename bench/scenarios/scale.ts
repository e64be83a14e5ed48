// `api` and `scale`: the real app (its own process, PostgreSQL) against a bare Fastify + pg server
// that runs the same SQL, per endpoint of the main screens, on a generated corporation-sized
// database; p95, throughput as a ratio to the bare route, and the app's longest event-loop stall.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { buildApp } from '../../apps/server/src/app.js';
import { loadConfig } from '../../apps/server/src/config.js';
import { openPostgres } from '../../apps/server/src/platform/db/database.js';
import type { Database } from '../../apps/server/src/platform/db/schema.js';
import { migrateToLatest } from '../../apps/server/src/platform/db/migrate.js';
import { createSessionRepository } from '../../apps/server/src/platform/auth/session-repository.js';
import { newSessionToken, SESSION_COOKIE, sessionIdFor } from '../../apps/server/src/platform/auth/session-tokens.js';
import { generateScaleData, type ScaleData, type ScaleSizes } from './scale-data.js';
import { BUILT_SERVER, ensureServerBuilt } from '../../e2e/src/server-build.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const serverUrl = () => process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const nl = (n: number) => n.toLocaleString('nl-NL');

export interface Endpoint {
  name: string;
  path: string;
  cookie: string;
}
interface Captured {
  sql: string;
  parameters: readonly unknown[];
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export async function signIn(url: string, userId: string): Promise<string> {
  const handle = openPostgres(url, 1);
  try {
    const token = newSessionToken();
    await createSessionRepository(handle.db).create(sessionIdFor(token), userId, new Date(Date.now() + 6 * 3_600_000));
    return `${SESSION_COOKIE}=${token}`;
  } finally {
    await handle.close();
  }
}

/**
 * A read that appends its audit entry in the same statement (`with found as (<read>), recorded as
 * (insert into audit_log …) select * from found`): the read alone, for the bare route.
 */
function withoutReadEntry(q: Captured): Captured {
  const match = /^with found as \((.*)\), recorded as \(\s*insert into audit_log .*\)\s*select \* from found$/s.exec(q.sql);
  if (!match) return q;
  const read = match[1]!;
  const used = Math.max(0, ...[...read.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
  return { sql: read, parameters: q.parameters.slice(0, used) };
}

/**
 * The SQL the app runs for each endpoint, captured from one in-process request: everything but the
 * session and membership look-ups and the audit entry (also when the read appends it in its own
 * statement), which the bare route does without.
 */
export async function captureQueries(url: string, endpoints: Endpoint[]): Promise<Map<string, Captured[]>> {
  // One request at a time, jobs off: what runs during a request is the request's (Fastify's inject
  // does not keep an AsyncLocalStorage context).
  let current: Captured[] | undefined;
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === 1082 ? (v: string) => v : oid === 20 || oid === 1700 ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      if (event.level === 'query') current?.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
  const config = { ...loadConfig({ LOG_LEVEL: 'silent', JOB_INTERVAL_MS: '3600000' }), webDist: '/nonexistent', demo: false };
  const app = await buildApp({ config, database: { db, engine: 'postgres', close: () => db.destroy() }, logger: false });
  const captured = new Map<string, Captured[]>();
  try {
    // Before the first request: otherwise the request runs in the plugin loader's context, not the capture's.
    await app.ready();
    await new Promise((r) => setTimeout(r, 500));
    for (const e of endpoints) {
      const queries: Captured[] = [];
      current = queries;
      const response = await app.inject({ method: 'GET', url: e.path, headers: { cookie: e.cookie } });
      current = undefined;
      if (response.statusCode !== 200) throw new Error(`${e.path}: ${response.statusCode} ${response.body.slice(0, 300)}`);
      captured.set(
        e.path,
        queries.filter((q) => !/"sessions"|^insert into "audit_log"|^select "role" from "project_members"/.test(q.sql)).map(withoutReadEntry),
      );
    }
  } finally {
    await app.close();
    await db.destroy().catch(() => undefined);
  }
  return captured;
}

/** Requests from `concurrency` clients for `durationMs` (and at least `minRequests`): p95 and requests per second. */
export async function load(port: number, e: Endpoint, durationMs: number, concurrency: number, minRequests: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const times: number[] = [];
  let bytes = 0;
  const one = () =>
    new Promise<void>((resolve, reject) => {
      const started = performance.now();
      const request = http.get({ host: '127.0.0.1', port, path: e.path, agent, headers: { cookie: e.cookie, 'accept-encoding': 'identity' } }, (response) => {
        let size = 0;
        response.on('data', (chunk: Buffer) => (size += chunk.length));
        response.on('end', () => {
          if (response.statusCode !== 200) return reject(new Error(`${e.path}: ${response.statusCode}`));
          times.push(performance.now() - started);
          bytes = size;
          resolve();
        });
        response.on('error', reject);
      });
      request.on('error', reject);
    });
  // Warm-up: caches, JIT and the pool's connections.
  for (let i = 0; i < 3; i++) await one();
  times.length = 0;
  const started = performance.now();
  let sent = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() - started < durationMs || sent < minRequests) {
        sent++;
        await one();
      }
    }),
  );
  const elapsed = performance.now() - started;
  agent.destroy();
  const sorted = times.sort((a, b) => a - b);
  return { p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!, rps: (times.length / elapsed) * 1000, bytes, count: times.length };
}

export async function waitForHealth(port: number, child: ChildProcess) {
  for (const started = Date.now(); ;) {
    if (child.exitCode !== null) throw new Error('the app stopped while starting');
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() - started > 120_000) throw new Error('the app did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
}

export const ask = <T>(child: ChildProcess, message: unknown): Promise<T> =>
  new Promise((resolve) => {
    child.once('message', (m) => resolve(m as T));
    child.send(message as never);
  });

export async function stop(child: ChildProcess | undefined) {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/** `BENCH_ENDPOINTS=picture,visits` measures only the endpoints whose names hold one of the words (all by default). */
function chosen(name: string) {
  const words = (process.env.BENCH_ENDPOINTS ?? '').split(',').filter(Boolean);
  return words.length === 0 || words.some((w) => name.includes(w));
}

async function measure(url: string, data: ScaleData, options: { durationMs: number; concurrency: number }) {
  const leader = await signIn(url, data.leaderId);
  const policy = await signIn(url, data.policyViewerId);
  const perProject = data.featured.map((f) => ({
    homes: f.homes,
    endpoints: [
      { name: 'address detail (audited)', path: `/api/projects/${f.projectId}/addresses/${f.addressId}`, cookie: leader },
      { name: 'address detail (no audit)', path: `/api/projects/${f.projectId}/addresses/${f.plainAddressId}`, cookie: leader },
      { name: 'visits list', path: `/api/projects/${f.projectId}/visits`, cookie: leader },
      { name: 'registrations list', path: `/api/projects/${f.projectId}/registrations`, cookie: leader },
      { name: `referrals list (${nl(f.referrals)})`, path: `/api/projects/${f.projectId}/referrals`, cookie: leader },
      { name: 'picture overview', path: `/api/projects/${f.projectId}/picture/overview`, cookie: leader },
      { name: `policy project list (${nl(data.counts.projects)})`, path: '/api/projects', cookie: policy },
    ].filter((e) => chosen(e.name)) satisfies Endpoint[],
  }));
  const all = perProject.flatMap((p) => p.endpoints);
  const captured = await captureQueries(url, all);

  const appPort = await freePort();
  ensureServerBuilt();
  const app = spawn(process.execPath, ['--import', './bench/scenarios/stall-probe.mjs', BUILT_SERVER], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(appPort), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATABASE_URL: url, DEMO: 'false', NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const bare = fork(path.join(repoRoot, 'bench/scenarios/bare-server.mjs'), [], {
    env: { ...process.env, DATABASE_URL: url, POOL_SIZE: '10' },
    stdio: 'inherit',
  });
  const lines: string[] = [];
  let ok = true;
  let longestStall = 0;
  try {
    await waitForHealth(appPort, app);
    const { port: barePort } = await ask<{ port: number }>(bare, {
      routes: [...new Set(all.map((e) => e.path))].map((p) => ({ path: p, queries: captured.get(p) ?? [] })),
    });
    for (const { homes, endpoints } of perProject) {
      const p95Target = homes <= 2_500 ? 100 : 300;
      lines.push(`${nl(homes)} homes (p95 target < ${p95Target} ms, ratio ≥ 0,6, stall < 50 ms):`);
      for (const e of endpoints) {
        const minRequests = 5;
        app.send('stall:reset');
        const measured = await load(appPort, e, options.durationMs, options.concurrency, minRequests);
        const { stallMs } = await ask<{ stallMs: number }>(app, 'stall:read');
        const baseline = await load(barePort, e, options.durationMs, options.concurrency, minRequests);
        const ratio = measured.rps / baseline.rps;
        longestStall = Math.max(longestStall, stallMs);
        const missed = [measured.p95 >= p95Target ? 'p95' : '', ratio < 0.6 ? 'ratio' : '', stallMs >= 50 ? 'stall' : ''].filter(Boolean);
        if (missed.length) ok = false;
        lines.push(
          `  ${e.name.padEnd(30)} app p95 ${Math.round(measured.p95)} ms, ${measured.rps.toFixed(1)} req/s; bare p95 ${Math.round(baseline.p95)} ms, ${baseline.rps.toFixed(1)} req/s; ratio ${ratio.toFixed(2)}; stall ${Math.round(stallMs)} ms; ${(measured.bytes / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} kB, ${captured.get(e.path)?.length ?? 0} queries${missed.length ? `  ← TARGET MISSED: ${missed.join(', ')}` : ''}`,
        );
      }
    }
    lines.push(`longest event-loop stall of the app: ${Math.round(longestStall)} ms`);
  } finally {
    await Promise.all([stop(app), stop(bare)]);
  }
  return { ok, lines };
}

/** A fresh database with the sizes, measured, then dropped (unless BENCH_KEEP_DATABASE=1). */
async function run(sizes: ScaleSizes, options: { durationMs: number; concurrency: number }) {
  const name = `thuis_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  const lines: string[] = [];
  try {
    const handle = openPostgres(url.toString(), 2);
    await migrateToLatest(handle.db);
    await handle.close();
    const started = performance.now();
    const data = await generateScaleData(url.toString(), sizes, (line) => console.log(`  generator: ${line}`));
    lines.push(
      `generated with COPY in ${Math.round((performance.now() - started) / 1000)} s: ${nl(data.counts.projects)} projects, ${nl(data.counts.households)} households, ${nl(data.counts.registrations)} registrations, ${nl(data.counts.visits)} visits, ${nl(data.counts.referrals)} referrals`,
    );
    const result = await measure(url.toString(), data, options);
    return { ok: result.ok, lines: [...lines, ...result.lines] };
  } finally {
    if (process.env.BENCH_KEEP_DATABASE === '1') console.log(`  kept database ${url.toString()}`);
    else await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

/** `BENCH_SCALE=projects,households,registrations` overrides the sizes (e.g. 50,20000,40000 while developing). */
function sizesFrom(env: string | undefined, fallback: Omit<ScaleSizes, 'featured'>): Omit<ScaleSizes, 'featured'> {
  if (!env) return fallback;
  const [projects, households, registrations] = env.split(',').map(Number);
  return { projects: projects!, households: households!, registrations: registrations! };
}

const target = 'p95 < 100 ms at 2.500 homes and < 300 ms at 10.000, throughput ≥ 0,6 × the bare route, event-loop stall < 50 ms';

export const apiScenario = {
  description: 'main list, detail and aggregate endpoints of a 2.500-home project against a bare Fastify + pg route with the same SQL (PostgreSQL)',
  async run() {
    const sizes = sizesFrom(process.env.BENCH_SCALE, { projects: 20, households: 4_000, registrations: 8_000 });
    const result = await run({ ...sizes, featured: [2_500] }, { durationMs: Number(process.env.BENCH_DURATION_MS ?? 3_000), concurrency: 4 });
    return { ...result, target };
  },
};

export const scaleScenario = {
  description: 'the same for a 2.500- and a 10.000-home project in a database of 1.000 projects, 500.000 households and 1.000.000 registrations',
  async run() {
    const sizes = sizesFrom(process.env.BENCH_SCALE, { projects: 1_000, households: 500_000, registrations: 1_000_000 });
    const result = await run({ ...sizes, featured: [2_500, 10_000] }, { durationMs: Number(process.env.BENCH_DURATION_MS ?? 4_000), concurrency: 4 });
    return { ...result, target };
  },
};
