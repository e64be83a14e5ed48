import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { newTeamProject } from '../../test/factories.js';
import { clientFor } from '../../test/http-client.js';
import { createTestDatabase } from '../../test/test-database.js';
import type { DatabaseHandle } from '../db/database.js';
import type { FastifyInstance } from 'fastify';

// The app on a database that writes down the SQL of every query it runs.
let database: DatabaseHandle;
let app: FastifyInstance;
const statements: string[] = [];
beforeAll(async () => {
  database = await createTestDatabase();
  const executor = database.db.getExecutor();
  const recorder: KyselyPlugin = {
    transformQuery: (args) => {
      statements.push(executor.compileQuery(args.node, args.queryId).sql);
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  const config = { ...loadConfig({ LOG_LEVEL: 'silent' }), webDist: '/nonexistent', demo: false };
  app = await buildApp({ config, database: { ...database, db: database.db.withPlugin(recorder) }, logger: false, runJobs: false });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

async function recorded<T>(work: () => Promise<T>): Promise<{ result: T; sql: string[] }> {
  statements.length = 0;
  const result = await work();
  return { result, sql: [...statements] };
}

describe('who calls: session, actor and membership', () => {
  it('are read in one query on a project route, no separate membership look-up', async () => {
    const { projectId, people } = await newTeamProject(database.db, { leader: { type: 'welfare', role: 'project_leader' } });
    const leader = await clientFor(app, database.db, people.leader.id);
    const { result, sql } = await recorded(() => leader.get(`/api/projects/${projectId}`));
    expect(result.statusCode).toBe(200);
    const aboutCaller = sql.filter((s) => /"sessions"/.test(s));
    expect(aboutCaller).toHaveLength(1);
    expect(aboutCaller[0]).toMatch(/"project_members"/);
    expect(sql.filter((s) => /^select "role" from "project_members"/.test(s))).toEqual([]);
  });

  it('see a changed role and an ended membership at the very next request', async () => {
    const { projectId, people } = await newTeamProject(database.db, {
      leader: { type: 'welfare', role: 'project_leader' },
      worker: { type: 'welfare', role: 'community_worker' },
    });
    const worker = await clientFor(app, database.db, people.worker.id);
    const denied = await worker.get(`/api/projects/${projectId}/audit`);
    expect(denied.statusCode, denied.body).toBe(404);
    await database.db
      .updateTable('project_members')
      .set({ role: 'project_leader' })
      .where('project_id', '=', projectId)
      .where('user_id', '=', people.worker.id)
      .execute();
    expect((await worker.get(`/api/projects/${projectId}/audit`)).statusCode).toBe(200);
    await database.db.deleteFrom('project_members').where('project_id', '=', projectId).where('user_id', '=', people.worker.id).execute();
    expect((await worker.get(`/api/projects/${projectId}`)).statusCode).toBe(404);
  });

  it('see a log-out at the very next request', async () => {
    const { projectId, people } = await newTeamProject(database.db, { leader: { type: 'welfare', role: 'project_leader' } });
    const leader = await clientFor(app, database.db, people.leader.id);
    expect((await leader.get(`/api/projects/${projectId}`)).statusCode).toBe(200);
    expect((await leader.post('/api/auth/logout')).statusCode).toBeLessThan(300);
    expect((await leader.get(`/api/projects/${projectId}`)).statusCode).toBe(401);
  });
});
