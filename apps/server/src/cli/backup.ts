/**
 * A consistent copy of the embedded (PGlite) database in DATA_DIR, as one gzipped tarball:
 *   npm run backup --workspace apps/server -- backups/thuis-2026-12-03.tar.gz [--force]
 * Stop the server first (PGlite cannot be opened by two processes); the copy takes seconds.
 * --force: also when the folder's lock file names a server on another machine (a container that
 * stopped without closing). With DATABASE_URL set, use pg_dump instead (docs/deployment.md).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfigOrExit } from '../config.js';
import { DataDirInUseError } from '../platform/db/data-dir-lock.js';
import { BackupError, backupPglite } from '../platform/db/pglite-backup.js';

const { values, positionals } = parseArgs({ options: { force: { type: 'boolean', default: false } }, allowPositionals: true });
const config = loadConfigOrExit();

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (config.databaseUrl) fail('DATABASE_URL is set: back up PostgreSQL with pg_dump (see "Backup and restore" in docs/deployment.md).');
const given = positionals[0];
if (!given || positionals.length > 1) fail('Give one file to write the backup to, e.g. npm run backup --workspace apps/server -- thuis-backup.tar.gz');
// npm runs a workspace's script in its folder: a relative name is meant from where the command was typed.
const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), given);

try {
  const { bytes } = await backupPglite(config.dataDir, file, { force: values.force });
  console.log(`Backup of ${config.dataDir} written to ${file} (${(bytes / 1024 / 1024).toFixed(1)} MB).`);
  // PGlite can leave a handle open after close; the work is done and on disk.
  process.exit(0);
} catch (error) {
  if (error instanceof BackupError || error instanceof DataDirInUseError) fail(error.message);
  throw error;
}
