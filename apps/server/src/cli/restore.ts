/**
 * Puts a backup made by `npm run backup` into DATA_DIR (the embedded PGlite database):
 *   npm run restore --workspace apps/server -- backups/thuis-2026-12-03.tar.gz [--force]
 * Refuses a folder that is not empty unless --force (which replaces what is in it), and always
 * refuses a folder a running server holds. Start the server afterwards: it brings the schema up to date.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfigOrExit } from '../config.js';
import { DataDirInUseError } from '../platform/db/data-dir-lock.js';
import { BackupError, restorePglite } from '../platform/db/pglite-backup.js';

const { values, positionals } = parseArgs({ options: { force: { type: 'boolean', default: false } }, allowPositionals: true });
const config = loadConfigOrExit();

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (config.databaseUrl) fail('DATABASE_URL is set: restore PostgreSQL with pg_restore (see "Backup and restore" in docs/deployment.md).');
const given = positionals[0];
if (!given || positionals.length > 1) fail('Give the backup file to restore, e.g. npm run restore --workspace apps/server -- thuis-backup.tar.gz');
// npm runs a workspace's script in its folder: a relative name is meant from where the command was typed.
const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), given);

try {
  const { migrations } = await restorePglite(file, config.dataDir, { force: values.force });
  console.log(`Restored ${file} into ${config.dataDir} (${migrations} migrations applied).`);
  // PGlite can leave a handle open after close; the work is done and on disk.
  process.exit(0);
} catch (error) {
  if (error instanceof BackupError || error instanceof DataDirInUseError) fail(error.message);
  throw error;
}
