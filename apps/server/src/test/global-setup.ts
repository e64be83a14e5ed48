import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openPglite } from '../platform/db/database.js';
import { migrateToLatest } from '../platform/db/migrate.js';

/**
 * PGlite takes seconds to create a database but under one to load one: build the migrated schema
 * once per run and let every test file start from a copy of it.
 */
export default async function setup(project: TestProject) {
  if ((process.env.THUIS_TEST_ENGINE ?? 'pglite') !== 'pglite') return;
  const handle = await openPglite(undefined);
  await migrateToLatest(handle.db);
  const dump = await handle.pglite!.dumpDataDir('none');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'thuis-snapshot-')), 'schema.tar');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await handle.close();
  project.provide('pgliteSnapshot', file);
  return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshot: string;
  }
}
