import type { FastifyInstance } from 'fastify';
import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { newTeamProject, newUser } from '../../test/factories.js';
import { clientFor, TestClient } from '../../test/http-client.js';
import { createTestDatabase, testEngine } from '../../test/test-database.js';
import { openPostgres, type DatabaseHandle } from '../db/database.js';
import { SESSION_COOKIE, sessionIdFor } from './session-tokens.js';

const config = { ...loadConfig({ LOG_LEVEL: 'silent' }), webDist: '/nonexistent', demo: false };

/** Counts the queries that read a session, so a test can tell a kept caller from one read afresh. */
function sessionReads(database: DatabaseHandle) {
  const executor = database.db.getExecutor();
  const reads = { count: 0 };
  const plugin: KyselyPlugin = {
    transformQuery: (args) => {
      if (/^select .* from "sessions"/.test(executor.compileQuery(args.node, args.queryId).sql)) reads.count++;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  return { reads, db: database.db.withPlugin(plugin) };
}

describe('callers kept by an instance, forgotten at once on a change (ADR 0006)', () => {
  let database: DatabaseHandle;
  let app: FastifyInstance;
  let reads: { count: number };

  beforeAll(async () => {
    database = await createTestDatabase();
    const recording = sessionReads(database);
    reads = recording.reads;
    app = await buildApp({ config, database: { ...database, db: recording.db }, logger: false, runJobs: false });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  async function team() {
    const { projectId, people } = await newTeamProject(database.db, {
      leader: { type: 'welfare', role: 'project_leader' },
      worker: { type: 'welfare', role: 'community_worker' },
    });
    const leader = await clientFor(app, database.db, people.leader.id);
    const worker = await clientFor(app, database.db, people.worker.id);
    // Both callers are kept from here on.
    expect((await leader.get(`/api/projects/${projectId}`)).statusCode).toBe(200);
    expect((await worker.get(`/api/projects/${projectId}`)).statusCode).toBe(200);
    return { projectId, people, leader, worker };
  }

  it('reads the session and role of a known caller once, not at every request', async () => {
    const { projectId, worker } = await team();
    const before = reads.count;
    for (let i = 0; i < 3; i++) expect((await worker.get(`/api/projects/${projectId}`)).statusCode).toBe(200);
    expect(reads.count).toBe(before);
  });

  it('refuses a member taken off the team at the very next request', async () => {
    const { projectId, people, leader, worker } = await team();
    const changed = await leader.put(`/api/projects/${projectId}/team`, { members: [{ userId: people.leader.id, role: 'project_leader' }] });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await worker.get(`/api/projects/${projectId}`)).statusCode).toBe(404);
  });

  it('ends a session at log-out, a password reset and a blocked account at the very next request', async () => {
    const { projectId, people, leader, worker } = await team();
    const admin = await clientFor(app, database.db, (await newUser(database.db, { isAdmin: true })).id);
    expect((await leader.post('/api/auth/logout')).statusCode).toBeLessThan(300);

    const other = await clientFor(app, database.db, people.leader.id);
    expect((await other.get(`/api/projects/${projectId}`)).statusCode).toBe(200);
    expect((await admin.post(`/api/users/${people.leader.id}/password-reset`)).statusCode).toBe(200);
    expect((await other.get(`/api/projects/${projectId}`)).statusCode).toBe(401);

    const account = (await admin.get('/api/users')).json().users.find((u: { id: string }) => u.id === people.worker.id);
    const { id: _id, organisationName: _name, ...input } = account;
    expect((await admin.put(`/api/users/${people.worker.id}`, { ...input, active: false })).statusCode).toBe(200);
    expect((await worker.get(`/api/projects/${projectId}`)).statusCode).toBe(401);
  });

  it('keeps sliding the idle timeout of a caller it knows', async () => {
    const { projectId, people } = await team();
    const worker = await clientFor(app, database.db, people.worker.id);
    const session = () =>
      database.db
        .selectFrom('sessions')
        .where('id', '=', sessionIdFor(worker.cookie(SESSION_COOKIE)!))
        .selectAll()
        .executeTakeFirstOrThrow();
    // Last touched 50 s ago: no touch yet at the first request, which keeps the caller.
    await database.db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(Date.now() - 50_000) })
      .where('id', '=', (await session()).id)
      .execute();
    expect((await worker.get(`/api/projects/${projectId}`)).statusCode).toBe(200);
    const before = await session();
    const readsBefore = reads.count;
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      // 15 s later the caller is still kept, and the minute since the last touch has passed.
      vi.setSystemTime(Date.now() + 15_000);
      expect((await worker.get(`/api/projects/${projectId}`)).statusCode).toBe(200);
    } finally {
      vi.useRealTimers();
    }
    expect(reads.count).toBe(readsBefore);
    const after = await session();
    expect(after.last_seen_at.getTime()).toBeGreaterThan(before.last_seen_at.getTime());
    expect(after.expires_at.getTime()).toBeGreaterThan(before.expires_at.getTime());
  });
});

/** Two instances behind one PostgreSQL database: what one changes, the other knows at once. */
describe.skipIf(testEngine !== 'postgres')('callers kept by two instances on one PostgreSQL database', () => {
  let database: DatabaseHandle & { url?: string };
  let second: DatabaseHandle;
  let a: FastifyInstance;
  let b: FastifyInstance;

  beforeAll(async () => {
    database = await createTestDatabase();
    second = openPostgres(database.url!, 4);
    a = await buildApp({ config, database, logger: false, runJobs: false });
    b = await buildApp({ config, database: second, logger: false, runJobs: false });
    await Promise.all([a.ready(), b.ready()]);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await second?.close();
    await database?.close();
  });

  /**
   * B's answer once the database's notice has reached it. PostgreSQL sends it at the change's
   * commit, on B's own connection, so it can arrive a moment after A's answer; the test allows it
   * a second (it takes about a millisecond on a quiet machine). Without the notice B would go on
   * answering from its copy for 30 s.
   */
  async function onceHeard(request: () => Promise<{ statusCode: number }>, expected: number) {
    const started = Date.now();
    for (;;) {
      const { statusCode } = await request();
      if (statusCode === expected || Date.now() - started > 1_000) return statusCode;
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  }

  /** The same session on both instances, kept by both. */
  async function onBoth(userId: string, projectId: string) {
    const onA = await clientFor(a, database.db, userId);
    const onB = new TestClient(b);
    onB.setCookie(SESSION_COOKIE, onA.cookie(SESSION_COOKIE)!);
    expect((await onA.get(`/api/projects/${projectId}`)).statusCode).toBe(200);
    expect((await onB.get(`/api/projects/${projectId}`)).statusCode).toBe(200);
    return { onA, onB };
  }

  it('refuses on B a member whom A took off the team, at once', async () => {
    const { projectId, people } = await newTeamProject(database.db, {
      leader: { type: 'welfare', role: 'project_leader' },
      worker: { type: 'welfare', role: 'community_worker' },
    });
    const leader = await clientFor(a, database.db, people.leader.id);
    const worker = await onBoth(people.worker.id, projectId);
    const changed = await leader.put(`/api/projects/${projectId}/team`, { members: [{ userId: people.leader.id, role: 'project_leader' }] });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(await onceHeard(() => worker.onB.get(`/api/projects/${projectId}`), 404)).toBe(404);
  });

  it('refuses on B a session logged out on A, at once', async () => {
    const { projectId, people } = await newTeamProject(database.db, { leader: { type: 'welfare', role: 'project_leader' } });
    const leader = await onBoth(people.leader.id, projectId);
    expect((await leader.onA.post('/api/auth/logout')).statusCode).toBeLessThan(300);
    expect(await onceHeard(() => leader.onB.get(`/api/projects/${projectId}`), 401)).toBe(401);
  });
});
