import { EventEmitter, once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../app.js';
import { loadConfig, type Config } from '../../config.js';
import { createAccess } from '../access/access.js';
import { access } from '../access/route-access.js';
import { newAddress, newHousehold, newOrganisation, newProject, newUser, newVisit } from '../../test/factories.js';
import { clientFor } from '../../test/http-client.js';
import { createTestDatabase, testEngine } from '../../test/test-database.js';
import { letterJob } from '../../modules/letters/run-letter-job.js';
import { createLetterRepository } from '../../modules/letters/repository.js';
import { openPglite, openPostgres, type Db } from '../db/database.js';
import { openPgliteFolder } from '../db/open-database.js';
import { startJobRunner, stopJobsOnClose } from '../jobs/job-runner.js';
import { onStopSignals, shutDown } from './graceful-shutdown.js';

function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ LOG_LEVEL: 'silent', JOB_INTERVAL_MS: '50' }), webDist: '/nonexistent', demo: false, ...overrides };
}

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

async function until(check: () => Promise<boolean> | boolean, what: string) {
  for (let tries = 0; tries < 500; tries++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`gave up waiting until ${what}`);
}

/**
 * One database that outlives the app instances on it, as a server's database outlives a restart:
 * a PGlite folder (copied from the migrated snapshot), or a PostgreSQL database opened anew each time.
 */
async function lastingDatabase() {
  if (testEngine === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thuis-restart-'));
    const seeded = await openPglite(dir, new Blob([fs.readFileSync(inject('pgliteSnapshot'))]));
    await seeded.close();
    return { open: () => openPgliteFolder(dir), dispose: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const owner = await createTestDatabase();
  return { open: async () => openPostgres(owner.url!, 3), dispose: () => owner.close() };
}

/** A project with a letter template's contacts and `count` visits, and its project leader. */
async function projectWithVisits(db: Db, count: number) {
  const corporation = await newOrganisation(db, { type: 'corporation' });
  const leader = await newUser(db, { organisationId: corporation.id });
  const project = await newProject(db, {
    members: [{ userId: leader.id, organisationId: corporation.id, role: 'project_leader' }],
    input: { name: 'Herstart proef', teamPhone: '024 123 45 00', teamEmail: 'herstart@example.nl' },
  });
  const visitIds: string[] = [];
  for (let n = 1; n <= count; n++) {
    const home = await newAddress(db, project.id, { street: 'Herstartlaan', houseNumber: n });
    await newHousehold(db, home.id, { name: `Fam. Herstart${n}` });
    visitIds.push((await newVisit(db, project.id, home.id, { visitorIds: [leader.id] })).id);
  }
  return { project, leader, visitIds };
}

async function letterJobRow(db: Db, id: string) {
  return db
    .selectFrom('letter_jobs')
    .where('id', '=', id)
    .select(['status', sql<boolean>`locked_until > now()`.as('locked')])
    .executeTakeFirstOrThrow();
}

async function lettersMade(db: Db, projectId: string) {
  const row = await db
    .selectFrom('audit_log')
    .where('project_id', '=', projectId)
    .where('action', '=', 'read')
    .where('resource_type', '=', 'household_contacts_letters')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe('a graceful shutdown', () => {
  it('answers a slow request that was in hand when the stop signal came, and takes no new connections', async () => {
    const database = await createTestDatabase();
    const app = await buildApp({ config: testConfig({ shutdownTimeoutMs: 30_000 }), database, logger: false });
    // Kysely's destroy does nothing to a pool no query has opened yet (whether the job runner's first
    // poll came before the signal depends on the machine's speed): open it, so the close is seen below.
    await sql`select 1`.execute(database.db);
    const started = deferred();
    const release = deferred();
    app.get('/api/test/slow', { config: { access: access.public } }, async () => {
      started.resolve();
      await release.promise;
      return { finished: true };
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as { port: number };

    const slow = fetch(`http://127.0.0.1:${port}/api/test/slow`);
    await started.promise;
    const signals = new EventEmitter();
    const exited = deferred<number>();
    onStopSignals(() => shutDown(app, database, 30_000), { target: signals, exit: exited.resolve });
    signals.emit('SIGTERM');

    await until(() => !app.server.listening, 'the server stops listening');
    await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();
    release.resolve();
    const response = await slow;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ finished: true });
    expect(await exited.promise).toBe(0);
    // The database was closed after the request was answered.
    await expect(sql`select 1`.execute(database.db)).rejects.toThrow();
    if (testEngine === 'postgres') {
      // createTestDatabase's close also drops the test database; the pool is closed already.
      await database.close().catch(() => undefined);
    }
  }, 60_000);

  it('leaves a job claimed when the stop began resumable: not failed, and made exactly once by the next start', async () => {
    const lasting = await lastingDatabase();
    cleanups.push(lasting.dispose);

    // The first start: a letters job is requested and claimed, and still in hand when the stop comes.
    const first = await lasting.open();
    const firstApp = await buildApp({ config: testConfig(), database: first, logger: false, runJobs: false });
    const claimed = deferred<string>();
    const runner = startJobRunner(
      [
        async (interrupted) => {
          const job = await createLetterRepository(first.db).claimNextJob();
          if (!job) return false;
          claimed.resolve(job.id);
          // Laying out a very large batch: still busy when the server gives up waiting.
          await once(interrupted, 'abort');
          throw new Error('cut off by the stop');
        },
      ],
      firstApp.log,
      20,
    );
    stopJobsOnClose(firstApp, runner, 200);
    await firstApp.ready();
    const { project, leader, visitIds } = await projectWithVisits(first.db, 3);
    const client = await clientFor(firstApp, first.db, leader.id);
    const requested = await client.post(`/api/projects/${project.id}/letters`, { visitIds });
    expect(requested.statusCode).toBe(201);
    const jobId = requested.json().id as string;
    expect(await claimed.promise).toBe(jobId);
    expect(await shutDown(firstApp, first, 200)).toBe(true);

    // The job is neither lost nor failed: still claimed under its lease.
    const second = await lasting.open();
    cleanups.push(() => second.close());
    expect(await letterJobRow(second.db, jobId)).toEqual({ status: 'rendering', locked: true });
    expect(await lettersMade(second.db, project.id)).toBe(0);

    // The next start takes it up once its lease has run out, and makes it once.
    const secondApp = await buildApp({ config: testConfig(), database: second, logger: false });
    cleanups.push(() => secondApp.close());
    await secondApp.ready();
    await sql`update letter_jobs set locked_until = now() - interval '1 second' where id = ${jobId}`.execute(second.db);
    await until(async () => (await letterJobRow(second.db, jobId)).status === 'done', 'the next start has made the letters');
    expect(await lettersMade(second.db, project.id)).toBe(1);
  }, 90_000);

  it('does not mark a letters job failed when the stop cuts it off, but does when it really fails', async () => {
    const database = await createTestDatabase();
    cleanups.push(() => database.close());
    const ctx = { db: database.db, access: createAccess(database.db), config: testConfig() };
    const { project, leader, visitIds } = await projectWithVisits(database.db, 1);
    const letters = createLetterRepository(database.db);
    // A visit that is gone by the time the job runs makes the job fail.
    const broken = [...visitIds, '00000000-0000-4000-8000-000000000000'];
    const cutOff = await letters.createJob({ projectId: project.id, userId: leader.id, visitIds: broken, locale: 'nl' });
    const interrupted = new AbortController();
    interrupted.abort();
    await expect(letterJob(ctx)(interrupted.signal)).rejects.toThrow();
    expect(await letterJobRow(database.db, cutOff)).toEqual({ status: 'rendering', locked: true });

    await sql`update letter_jobs set locked_until = now() - interval '1 second' where id = ${cutOff}`.execute(database.db);
    expect(await letterJob(ctx)(new AbortController().signal)).toBe(true);
    expect((await letterJobRow(database.db, cutOff)).status).toBe('failed');
  });
});
