import fs from 'node:fs';
import type { Config } from '../../config.js';
import { openPglite, openPostgres, type DatabaseHandle } from './database.js';
import { migrateToLatest } from './migrate.js';

/** Opens the configured database and brings its schema up to date. */
export async function openDatabase(config: Config): Promise<DatabaseHandle> {
  let handle: DatabaseHandle;
  if (config.databaseUrl) {
    handle = openPostgres(config.databaseUrl);
  } else {
    fs.mkdirSync(config.dataDir, { recursive: true });
    handle = await openPglite(config.dataDir);
  }
  await migrateToLatest(handle.db);
  return handle;
}
