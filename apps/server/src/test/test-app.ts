import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import type { DatabaseHandle } from '../platform/db/database.js';
import { createTestDatabase } from './test-database.js';

export interface TestApp {
  app: FastifyInstance;
  database: DatabaseHandle;
  close(): Promise<void>;
}

/** The whole API on a fresh database of the engine under test, without the web build. */
export async function createTestApp(options: { runJobs?: boolean; webDist?: string; env?: Record<string, string> } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = { ...loadConfig({ LOG_LEVEL: 'silent', JOB_INTERVAL_MS: '50', ...options.env }), webDist: options.webDist ?? '/nonexistent', demo: false };
  const app = await buildApp({ config, database, logger: false, runJobs: options.runJobs ?? true });
  await app.ready();
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export async function auditCount(database: DatabaseHandle): Promise<number> {
  const row = await database.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
