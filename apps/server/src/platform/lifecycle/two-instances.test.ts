import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { newAddress, newHousehold, newOrganisation, newProject, newUser, newVisit, TEST_PASSWORD } from '../../test/factories.js';
import { TestClient } from '../../test/http-client.js';
import { testEngine } from '../../test/test-database.js';
import { SESSION_COOKIE } from '../auth/session-tokens.js';
import { openPostgres, type DatabaseHandle, type Db } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { migrations } from '../db/migrations/index.js';

/**
 * Two app instances behind one PostgreSQL database, as behind a load balancer. PostgreSQL only:
 * PGlite is the embedded database of one process, which a second instance cannot share.
 */
describe.skipIf(testEngine !== 'postgres')('two app instances on one PostgreSQL database (PostgreSQL only: PGlite cannot be shared by two processes)', () => {
  const serverUrl = process.env.TEST_DATABASE_URL ?? '';
  const name = `thuis_two_${randomBytes(6).toString('hex')}`;
  const handles: DatabaseHandle[] = [];
  const apps: FastifyInstance[] = [];
  let a: FastifyInstance;
  let b: FastifyInstance;
  let db: Db;

  async function admin(query: string) {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(query);
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    // An empty database: both instances start on it at the same moment and migrate it.
    await admin(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    handles.push(openPostgres(url.toString(), 4), openPostgres(url.toString(), 4));
    await Promise.all(handles.map((handle) => migrateToLatest(handle.db)));
    const config = { ...loadConfig({ LOG_LEVEL: 'silent', JOB_INTERVAL_MS: '20' }), webDist: '/nonexistent', demo: false };
    for (const handle of handles) apps.push(await buildApp({ config, database: handle, logger: false }));
    [a, b] = apps as [FastifyInstance, FastifyInstance];
    await Promise.all(apps.map((app) => app.ready()));
    db = handles[0]!.db;
  });

  afterAll(async () => {
    for (const app of apps) await app.close();
    for (const handle of handles) await handle.close();
    if (serverUrl) await admin(`drop database if exists ${name} with (force)`);
  });

  it('ran the migrations started together by both instances once each, one after the other', async () => {
    const { rows } = await sql<{ name: string; runs: number }>`select name, count(*)::int as runs from schema_migrations group by name order by name`.execute(
      db,
    );
    expect(rows.map((r) => r.name)).toEqual(Object.keys(migrations).sort());
    expect(rows.every((r) => r.runs === 1)).toBe(true);
  });

  it('shares sessions: a log-in through A is accepted by B, and a log-out on B ends it on A', async () => {
    const user = await newUser(db, { name: 'Twee Instanties' });
    const onA = new TestClient(a);
    const login = await onA.logIn(user.email, TEST_PASSWORD);
    expect(login.statusCode).toBe(200);
    expect((await onA.get('/api/auth/session')).json().user.email).toBe(user.email);
    const token = login.cookies.find((c) => c.name === SESSION_COOKIE)?.value;
    expect(token).toBeTruthy();

    const onB = new TestClient(b);
    onB.setCookie(SESSION_COOKIE, token!);
    expect((await onB.get('/api/auth/session')).json().user.email).toBe(user.email);
    expect((await onB.get('/api/me/reminders')).statusCode).toBe(200);

    expect((await onB.post('/api/auth/logout')).statusCode).toBe(200);
    // A keeps its callers until the database's notice of the log-out reaches it (ADR 0006): a
    // moment after B's answer, on A's own connection; allowed a second here.
    for (const started = Date.now(); (await onA.get('/api/me/reminders')).statusCode !== 401 && Date.now() - started < 100;)
      await new Promise((resolve) => setTimeout(resolve, 1));
    expect((await onA.get('/api/auth/session')).json().user).toBeNull();
    expect((await onA.get('/api/me/reminders')).statusCode).toBe(401);
  });

  it('runs each background job once, with both instances looking for work', async () => {
    const corporation = await newOrganisation(db, { type: 'corporation' });
    const leader = await newUser(db, { organisationId: corporation.id });
    const project = await newProject(db, {
      members: [{ userId: leader.id, organisationId: corporation.id, role: 'project_leader' }],
      input: { name: 'Twee servers', teamPhone: '024 123 45 00', teamEmail: 'twee@example.nl' },
    });
    const visitIds: string[] = [];
    for (let n = 1; n <= 4; n++) {
      const home = await newAddress(db, project.id, { street: 'Tweelingstraat', houseNumber: n });
      await newHousehold(db, home.id, { name: `Fam. Tweeling${n}` });
      visitIds.push((await newVisit(db, project.id, home.id, { visitorIds: [leader.id] })).id);
    }
    const onA = new TestClient(a);
    const user = await db.selectFrom('users').where('id', '=', leader.id).select('email').executeTakeFirstOrThrow();
    expect((await onA.logIn(user.email, TEST_PASSWORD)).statusCode).toBe(200);

    // Six batches of letters, each queued once through A; both instances poll every 20 ms.
    const jobIds: string[] = [];
    for (let batch = 0; batch < 6; batch++) {
      const requested = await onA.post(`/api/projects/${project.id}/letters`, { visitIds: visitIds.slice(0, 1 + (batch % 4)) });
      expect(requested.statusCode).toBe(201);
      jobIds.push(requested.json().id);
    }
    for (let tries = 0; ; tries++) {
      const open = await db.selectFrom('letter_jobs').where('id', 'in', jobIds).where('status', '<>', 'done').select('status').execute();
      expect(open.map((j) => j.status)).not.toContain('failed');
      if (open.length === 0) break;
      if (tries > 1500) throw new Error('the letters jobs did not finish');
      await new Promise((r) => setTimeout(r, 20));
    }
    // Making a batch records one audit entry in the transaction that keeps its PDF: twice made would show twice.
    const made = await db
      .selectFrom('audit_log')
      .where('project_id', '=', project.id)
      .where('action', '=', 'read')
      .where('resource_type', '=', 'household_contacts_letters')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    expect(Number(made.count)).toBe(jobIds.length);
  });
});
