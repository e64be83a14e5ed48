import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { checkDataDirFree, LOCK_FILE } from './data-dir-lock.js';
import { openPglite } from './database.js';
import { openPgliteFolder } from './open-database.js';

export class BackupError extends Error {}

function hasDatabase(dataDir: string) {
  return fs.existsSync(path.join(dataDir, 'PG_VERSION'));
}

/**
 * A consistent copy of the embedded database: PGlite writes its whole data folder, after a
 * checkpoint and with no query running meanwhile, as one gzipped tarball. The folder is held while
 * copying, so a server cannot start on it at the same time; a running server is refused (stop it
 * first: PGlite cannot be opened by two processes).
 * Written to a temporary name first, so a half-written backup never has the right name.
 */
export async function backupPglite(dataDir: string, file: string, { force = false } = {}): Promise<{ bytes: number }> {
  if (!hasDatabase(dataDir)) throw new BackupError(`There is no Thuis database in ${dataDir} (DATA_DIR).`);
  const database = await openPgliteFolder(dataDir, { strict: !force });
  try {
    await database.pglite!.exec('checkpoint');
    const dump = await database.pglite!.dumpDataDir('gzip');
    const bytes = Buffer.from(await dump.arrayBuffer());
    const partial = `${file}.partial`;
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.writeFileSync(partial, bytes);
    fs.renameSync(partial, file);
    return { bytes: bytes.length };
  } finally {
    await database.close();
  }
}

/**
 * Puts a backup into the data folder. An empty or missing folder only, unless `force`: then what
 * is in it is removed first (never while a server holds it). Checks that the result opens and has
 * Thuis's tables before it says it is done.
 */
export async function restorePglite(file: string, dataDir: string, { force = false } = {}): Promise<{ migrations: number }> {
  if (!fs.existsSync(file)) throw new BackupError(`The backup file ${file} does not exist.`);
  const entries = fs.existsSync(dataDir) ? fs.readdirSync(dataDir) : [];
  if (entries.length > 0) {
    if (!force) throw new BackupError(`The database folder ${dataDir} is not empty. Restore into an empty folder, or pass --force to replace what is in it.`);
    checkDataDirFree(dataDir, { strict: true });
    for (const entry of entries) fs.rmSync(path.join(dataDir, entry), { recursive: true, force: true });
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const tarball = new Blob([fs.readFileSync(file)], { type: file.endsWith('.gz') || file.endsWith('.tgz') ? 'application/x-gzip' : 'application/x-tar' });
  const loaded = await openPglite(dataDir, tarball);
  await loaded.close();
  // The copy was made by a process that held the folder then; it holds nothing now.
  fs.rmSync(path.join(dataDir, LOCK_FILE), { force: true });
  const check = await openPgliteFolder(dataDir);
  try {
    const { rows } = await sql<{ count: number }>`select count(*)::int as count from schema_migrations`.execute(check.db);
    return { migrations: rows[0]?.count ?? 0 };
  } finally {
    await check.close();
  }
}
