/**
 * A large import must not hold up other users (ADR 0003): its rows are read in a worker thread and
 * applied in short transactions, and a failure before the point of no return changes no address.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { multipartFile, newOrganisation, newProject, newUser } from '../../test/factories.js';
import { clientFor, type TestClient } from '../../test/http-client.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

function csv(count: number, prefix: string) {
  const lines = ['VHE-nummer;Straat;Huisnummer;Postcode;Plaats'];
  for (let i = 1; i <= count; i++) lines.push(`${prefix}-${i};${prefix}straat;${i};6538 AB;Nijmegen`);
  return `${lines.join('\n')}\n`;
}

async function leaderWithProject() {
  const corporation = await newOrganisation(t.database.db, { type: 'corporation' });
  const leader = await newUser(t.database.db, { organisationId: corporation.id });
  const project = await newProject(t.database.db, { members: [{ userId: leader.id, organisationId: corporation.id, role: 'project_leader' }] });
  return { client: await clientFor(t.app, t.database.db, leader.id), projectId: project.id };
}

async function checked(client: TestClient, projectId: string, content: string) {
  const { payload, headers } = multipartFile('adressen.csv', content);
  const job = (await client.request({ method: 'POST', url: `/api/projects/${projectId}/imports`, payload, headers })).json();
  const url = `/api/projects/${projectId}/imports/${job.id}`;
  await client.put(`${url}/mapping`, { mapping: job.mapping });
  for (let i = 0; (await client.get(url)).json().status !== 'checked'; i++) {
    if (i > 1200) throw new Error('check did not finish');
    await new Promise((r) => setTimeout(r, 50));
  }
  return url;
}

const addressCount = async (projectId: string) =>
  (await sql<{ n: number }>`select count(*)::int as n from addresses where project_id = ${projectId}`.execute(t.database.db)).rows[0]!.n;

it('answers other requests while 20,000 rows are checked and committed, showing progress in steps', async () => {
  const { client, projectId } = await leaderWithProject();
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  // Another user's small request, every 50 ms during the whole import: how long does it wait?
  let importing = true;
  let longestWait = 0;
  const other = (async () => {
    while (importing) {
      const started = performance.now();
      expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
      longestWait = Math.max(longestWait, performance.now() - started);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();

  const url = await checked(client, projectId, csv(20_000, 'R'));
  const committing = await client.post(`${url}/commit`);
  expect(committing.statusCode).toBe(200);
  const progress = new Set<number>();
  const counts = new Set<number>();
  let job = committing.json();
  while (job.status !== 'committed') {
    expect(job.status).toBe('committing');
    progress.add(job.processedRows);
    counts.add(await addressCount(projectId));
    await new Promise((r) => setTimeout(r, 50));
    job = (await client.get(url)).json();
  }
  importing = false;
  await other;
  delay.disable();

  expect(job.newCount).toBe(20_000);
  expect(await addressCount(projectId)).toBe(20_000);
  // The rows become addresses in many small steps the page can show, not in one long statement:
  // other queries ran between them and saw part of the rows.
  expect([...progress].filter((n) => n > 0 && n < 20_000).length).toBeGreaterThanOrEqual(5);
  expect([...counts].some((n) => n > 0 && n < 20_000)).toBe(true);
  // Bounds generous for a shared test machine (the benchmark reports the real figure): on PGlite one
  // statement for all rows would hold the only session, and the main thread, for several seconds.
  expect(longestWait).toBeLessThan(2000);
  expect(delay.max / 1e6).toBeLessThan(2000);
}, 300_000);

it('changes no address when the commit fails before its rows are applied, and keeps nothing staged', async () => {
  const { client, projectId } = await leaderWithProject();
  const url = await checked(client, projectId, csv(2_000, 'F'));
  // The database refuses the step into the point of no return (a full disk, a lost connection…),
  // after the check staged the job's rows.
  const jobId = url.split('/').at(-1)!;
  const staged = async () => (await sql<{ n: number }>`select count(*)::int as n from import_rows where job_id = ${jobId}`.execute(t.database.db)).rows[0]!.n;
  expect(await staged()).toBe(2_000);
  await sql.raw(`create function refuse_apply() returns trigger language plpgsql as $$ begin raise exception 'disk full'; end $$`).execute(t.database.db);
  await sql
    .raw(`create trigger refuse_apply before update on import_jobs for each row when (new.id = '${jobId}' and new.applying) execute function refuse_apply()`)
    .execute(t.database.db);
  try {
    await client.post(`${url}/commit`);
    let job = (await client.get(url)).json();
    for (let i = 0; job.status === 'committing'; i++) {
      if (i > 600) throw new Error('commit did not end');
      await new Promise((r) => setTimeout(r, 50));
      job = (await client.get(url)).json();
    }
    expect(job.status).toBe('failed');
    expect(await addressCount(projectId)).toBe(0);
    expect(await staged()).toBe(0);
  } finally {
    await sql.raw('drop trigger refuse_apply on import_jobs').execute(t.database.db);
    await sql.raw('drop function refuse_apply()').execute(t.database.db);
  }
}, 120_000);
