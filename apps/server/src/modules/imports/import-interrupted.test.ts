/**
 * An import interrupted by killing the server while its rows are being applied (chunk by chunk, in
 * short transactions: ADR 0003) holds exactly the chunks it counted, and then completes: the job is
 * taken up again after restart, without duplicates, and asking to commit again is harmless.
 * Runs the real server as a child process on the engine under test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { sql } from 'kysely';
import { afterAll, expect, it } from 'vitest';
import { openPglite, openPostgres } from '../../platform/db/database.js';
import { testEngine } from '../../test/test-database.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
const ROWS = 40_000;
const port = 3400 + Math.floor(Math.random() * 500);
const base = `http://127.0.0.1:${port}`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thuis-interrupt-'));
let databaseUrl = '';
let child: ChildProcess | undefined;

async function startServer() {
  // One process (node with the tsx loader), so a kill really stops the server.
  child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: databaseUrl, LOG_LEVEL: 'error', WEB_DIST: '/nonexistent' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 1200; i++) {
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not start');
}

class Browser {
  private cookies = new Map<string, string>();
  private csrf = '';
  async call(method: string, url: string, body?: string | FormData, headers: Record<string, string> = {}) {
    const response = await fetch(`${base}${url}`, {
      method,
      body,
      headers: { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '), ...(method === 'GET' ? {} : { 'x-csrf-token': this.csrf }), ...headers },
    });
    for (const c of response.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [name, value] = pair!.split('=') as [string, string];
      this.cookies.set(name, value);
    }
    const json = (await response.json()) as any;
    if (json?.csrfToken) this.csrf = json.csrfToken;
    return { status: response.status, json };
  }
}

afterAll(async () => {
  child?.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
  if (databaseUrl) {
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`drop database if exists ${new URL(databaseUrl).pathname.slice(1)} with (force)`);
    await admin.end();
  }
});

/** The project's addresses and the rows the job counted as applied, read straight from the database. */
async function counts(projectId: string, jobId: string): Promise<{ addresses: number; applied: number }> {
  const handle = databaseUrl ? openPostgres(databaseUrl, 1) : await openPglite(dataDir);
  try {
    const { rows } = await sql<{ addresses: number; applied: number }>`
      select (select count(*)::int from addresses where project_id = ${projectId}) as addresses,
        (select processed_rows from import_jobs where id = ${jobId}) as applied`.execute(handle.db);
    return rows[0]!;
  } finally {
    await handle.close();
  }
}

it('keeps exactly the applied chunks when the server is killed during a commit, and completes after restart', async () => {
  if (testEngine === 'postgres') {
    const name = `thuis_kill_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
  }
  await startServer();
  const browser = new Browser();
  await browser.call('GET', '/api/auth/session');
  const login = await browser.call('POST', '/api/auth/login', JSON.stringify({ email: 'projectleider@thuis.demo', password: 'thuis-demo-2026' }), {
    'content-type': 'application/json',
  });
  expect(login.status).toBe(200);
  const projects = (await browser.call('GET', '/api/projects')).json.items as { id: string; name: string }[];
  const projectId = projects.find((p) => p.name.startsWith('Lankforst'))!.id;
  const before = await (async () => (await browser.call('GET', `/api/projects/${projectId}/addresses?limit=1`)).json.total as number)();

  const lines = ['VHE;Straat;Huisnummer;Postcode;Plaats'];
  for (let i = 1; i <= ROWS; i++) lines.push(`K-${i};Kilstraat;${i};6538 AB;Nijmegen`);
  const form = new FormData();
  form.append('file', new Blob([lines.join('\n')]), 'groot.csv');
  const uploaded = await browser.call('POST', `/api/projects/${projectId}/imports`, form);
  expect(uploaded.status).toBe(201);
  const jobUrl = `/api/projects/${projectId}/imports/${uploaded.json.id}`;
  await browser.call('PUT', `${jobUrl}/mapping`, JSON.stringify({ mapping: uploaded.json.mapping }), { 'content-type': 'application/json' });
  for (let i = 0; (await browser.call('GET', jobUrl)).json.status !== 'checked'; i++) {
    if (i > 600) throw new Error('check did not finish');
    await new Promise((r) => setTimeout(r, 100));
  }
  expect((await browser.call('POST', `${jobUrl}/commit`)).status).toBe(200);
  // Kill the server once rows are being applied.
  for (let i = 0; ; i++) {
    const job = (await browser.call('GET', jobUrl)).json;
    if (job.status === 'committing' && job.processedRows > 0) break;
    if (job.status === 'committed' || i > 2000) throw new Error(`could not catch the commit under way (${job.status})`);
    await new Promise((r) => setTimeout(r, 10));
  }
  child!.kill('SIGKILL');
  await new Promise((r) => child!.once('exit', r));

  const killed = await counts(projectId, uploaded.json.id);
  // Each chunk and its count were written in one transaction: never a row more or less.
  expect(killed.applied).toBeGreaterThan(0);
  expect(killed.applied).toBeLessThan(ROWS);
  expect(killed.addresses).toBe(before + killed.applied);

  await startServer();
  const again = new Browser();
  await again.call('GET', '/api/auth/session');
  await again.call('POST', '/api/auth/login', JSON.stringify({ email: 'projectleider@thuis.demo', password: 'thuis-demo-2026' }), {
    'content-type': 'application/json',
  });
  // The retried commit is accepted without starting a second one.
  const retried = await again.call('POST', `${jobUrl}/commit`);
  expect(retried.status).toBe(200);
  expect(['committing', 'committed']).toContain(retried.json.status);
  let job = retried.json;
  for (let i = 0; job.status !== 'committed'; i++) {
    if (job.status === 'failed' || i > 600) throw new Error(`import did not complete: ${job.status}`);
    await new Promise((r) => setTimeout(r, 100));
    job = (await again.call('GET', jobUrl)).json;
  }
  expect(job.newCount).toBe(ROWS);
  child!.kill('SIGTERM');
  await new Promise((r) => child!.once('exit', r));
  expect((await counts(projectId, uploaded.json.id)).addresses).toBe(before + ROWS);
}, 180_000);
