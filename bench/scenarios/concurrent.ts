// What the benchmarks of long work share: a database of either engine, the real server on it, a
// signed-in browser, and another user whose small request is timed all along.
import { randomBytes } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../apps/server/src/app.js';
import { loadConfig } from '../../apps/server/src/config.js';
import { openPglite, openPostgres, type DatabaseHandle } from '../../apps/server/src/platform/db/database.js';
import { migrateToLatest } from '../../apps/server/src/platform/db/migrate.js';
import { createSessionRepository } from '../../apps/server/src/platform/auth/session-repository.js';
import { newSessionToken, SESSION_COOKIE, sessionIdFor } from '../../apps/server/src/platform/auth/session-tokens.js';

export type Engine = 'pglite' | 'postgres';

/** The engines to measure: `BENCH_ENGINES=pglite,postgres` (default both; PostgreSQL at BENCH_DATABASE_URL). */
export const benchEngines = (): Engine[] => (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',').map((e) => e.trim() as Engine);
const serverUrl = () => process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh, migrated database of the engine (PGlite in memory, or a new PostgreSQL database); `url` for PostgreSQL. */
export async function benchDatabase(engine: Engine): Promise<{ handle: DatabaseHandle; url?: string; drop(): Promise<void> }> {
  if (engine === 'pglite') {
    const handle = await openPglite(undefined);
    await migrateToLatest(handle.db);
    return { handle, drop: async () => undefined };
  }
  const name = `thuis_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  const handle = openPostgres(url.toString(), 10);
  await migrateToLatest(handle.db);
  return {
    handle,
    url: url.toString(),
    async drop() {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** The whole app with its background jobs on the database, listening on a free port. */
export async function startServer(handle: DatabaseHandle): Promise<{ app: FastifyInstance; base: string }> {
  const config = { ...loadConfig({ LOG_LEVEL: 'silent', JOB_INTERVAL_MS: '200' }), webDist: '/nonexistent', demo: false };
  const app = await buildApp({ config, database: handle, logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { app, base: `http://127.0.0.1:${address.port}` };
}

/** A signed-in browser: session cookie and CSRF token, as the web app sends them. */
export async function browserFor(handle: DatabaseHandle, base: string, userId: string) {
  const token = newSessionToken();
  await createSessionRepository(handle.db).create(sessionIdFor(token), userId, new Date(Date.now() + 3_600_000));
  const cookies = new Map([[SESSION_COOKIE, token]]);
  let csrf = '';
  async function call(method: string, url: string, body?: unknown) {
    const response = await fetch(`${base}${url}`, {
      method,
      body: body instanceof FormData ? body : body === undefined ? undefined : JSON.stringify(body),
      headers: {
        cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(method === 'GET' ? {} : { 'x-csrf-token': csrf }),
        ...(body === undefined || body instanceof FormData ? {} : { 'content-type': 'application/json' }),
      },
    });
    for (const c of response.headers.getSetCookie()) {
      const [name, value] = c.split(';')[0]!.split('=') as [string, string];
      cookies.set(name, value);
    }
    return response;
  }
  const json = async (method: string, url: string, body?: unknown) => {
    const response = await call(method, url, body);
    const data = (await response.json()) as any;
    if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${JSON.stringify(data)}`);
    return data;
  };
  csrf = (await json('GET', '/api/auth/session')).csrfToken;
  return { call, json, cookie: () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
}

/**
 * Another user's small GET every 100 ms, from a thread of its own (so a blocked server cannot
 * also hold up the clock that times it). `stop()` gives the longest wait, when it began (Date.now())
 * and how many were sent.
 */
export function otherUser(url: string, cookie: string) {
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     let stopped = false, longest = 0, at = 0, count = 0;
     parentPort.on('message', () => { stopped = true; });
     (async () => {
       while (!stopped) {
         const started = performance.now(), startedAt = Date.now();
         const response = await fetch(workerData.url, { headers: { cookie: workerData.cookie } });
         await response.arrayBuffer();
         if (!response.ok) throw new Error('the other user got ' + response.status);
         if (performance.now() - started > longest) { longest = performance.now() - started; at = startedAt; }
         count++;
         await new Promise((r) => setTimeout(r, 100));
       }
       parentPort.postMessage({ longest, at, count });
     })().catch((error) => parentPort.postMessage({ error: String(error) }));`,
    { eval: true, workerData: { url, cookie } },
  );
  return {
    stop: () =>
      new Promise<{ longest: number; at: number; count: number }>((resolve, reject) => {
        worker.once('message', (m: { longest: number; at: number; count: number; error?: string }) => {
          void worker.terminate();
          if (m.error) reject(new Error(m.error));
          else resolve(m);
        });
        worker.postMessage('stop');
      }),
  };
}

export const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Which of the phases (name and Date.now() at its start, in order) a moment fell in. */
export function phaseAt(phases: [string, number][], at: number): string {
  return phases.filter(([, start]) => start <= at).at(-1)?.[0] ?? phases[0]![0];
}
