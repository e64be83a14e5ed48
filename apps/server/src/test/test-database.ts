import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openPglite, openPostgres, type DatabaseHandle } from '../platform/db/database.js';
import { migrateToLatest } from '../platform/db/migrate.js';

export type TestEngine = 'pglite' | 'postgres';
export const testEngine: TestEngine = process.env.THUIS_TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite';

/**
 * A fresh, migrated database for one test file: a copy of the PGlite snapshot, or a new database on
 * the PostgreSQL server of TEST_DATABASE_URL (dropped again by `close`).
 */
export async function createTestDatabase(): Promise<DatabaseHandle & { url?: string }> {
  if (testEngine === 'pglite') {
    const snapshot = fs.readFileSync(inject('pgliteSnapshot'));
    return openPglite(undefined, new Blob([snapshot]));
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('THUIS_TEST_ENGINE=postgres needs TEST_DATABASE_URL');
  const name = `thuis_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = openPostgres(url.toString(), 5);
  await migrateToLatest(handle.db);
  return {
    ...handle,
    // For a second connection pool on the same database (a second app instance).
    url: url.toString(),
    async close() {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
