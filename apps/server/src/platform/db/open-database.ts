import fs from 'node:fs';
import type { Config } from '../../config.js';
import { checkDataDirFree, lockDataDir } from './data-dir-lock.js';
import { openPglite, openPostgres, type DatabaseHandle } from './database.js';
import { migrateToLatest } from './migrate.js';

/** Opens the configured database and brings its schema up to date. */
export async function openDatabase(config: Config): Promise<DatabaseHandle> {
  let handle: DatabaseHandle;
  if (config.databaseUrl) {
    handle = openPostgres(config.databaseUrl);
  } else {
    handle = await openPgliteFolder(config.dataDir);
  }
  await migrateToLatest(handle.db);
  return handle;
}

/** The embedded database in its folder, held by this process until closed (two processes on one folder would ruin it). */
export async function openPgliteFolder(dataDir: string, options: { strict?: boolean } = {}): Promise<DatabaseHandle> {
  fs.mkdirSync(dataDir, { recursive: true });
  checkDataDirFree(dataDir, options);
  const handle = await openPglite(dataDir);
  const unlock = lockDataDir(dataDir, options);
  return {
    ...handle,
    async close() {
      try {
        await handle.close();
      } finally {
        unlock();
      }
    },
  };
}
