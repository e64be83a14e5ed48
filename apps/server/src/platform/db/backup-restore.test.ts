import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { newAddress, newHousehold, newOrganisation, newProject } from '../../test/factories.js';
import { createTestDatabase, testEngine } from '../../test/test-database.js';
import { LOCK_FILE } from './data-dir-lock.js';
import { openPglite, openPostgres, type Db } from './database.js';
import { migrateToLatest } from './migrate.js';
import { openPgliteFolder } from './open-database.js';
import { BackupError, backupPglite, restorePglite } from './pglite-backup.js';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'thuis-backup-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** Some of everything a backup must keep: an organisation, a project, homes and households. */
async function makeData(db: Db) {
  const organisation = await newOrganisation(db, { name: 'Woonstichting Terug' });
  const project = await newProject(db, { input: { name: 'Terugzetbuurt' } });
  for (let n = 1; n <= 3; n++) {
    const home = await newAddress(db, project.id, { street: 'Back-upstraat', houseNumber: n });
    await newHousehold(db, home.id, { name: `Fam. Kopie${n}` });
  }
  return { organisation, project };
}

/** What the restore must give back, in a stable order. */
async function contents(db: Db) {
  return {
    organisations: await db.selectFrom('organisations').select(['id', 'name', 'type']).orderBy('id').execute(),
    projects: await db.selectFrom('projects').select(['id', 'name']).orderBy('id').execute(),
    addresses: await db.selectFrom('addresses').select(['id', 'street', 'house_number']).orderBy('id').execute(),
    households: await db.selectFrom('households').selectAll().orderBy('id').execute(),
    migrations: (await sql<{ name: string }>`select name from schema_migrations order by name`.execute(db)).rows,
  };
}

describe.skipIf(testEngine !== 'pglite')('backup and restore of the embedded database (PGlite)', () => {
  async function folderWithData() {
    const dir = fs.mkdtempSync(path.join(scratch, 'data-'));
    const seeded = await openPglite(dir, new Blob([fs.readFileSync(inject('pgliteSnapshot'))]));
    await seeded.close();
    const database = await openPgliteFolder(dir);
    try {
      await makeData(database.db);
      return { dir, before: await contents(database.db) };
    } finally {
      await database.close();
    }
  }

  it('copies the data folder to a tarball that restores into a new folder with the same data', async () => {
    const { dir, before } = await folderWithData();
    expect(before.households).toHaveLength(3);
    const file = path.join(scratch, 'backups', 'thuis.tar.gz');
    const { bytes } = await backupPglite(dir, file);
    expect(bytes).toBe(fs.statSync(file).size);
    expect(fs.existsSync(`${file}.partial`)).toBe(false);
    // The folder is free again for the server.
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);

    const restored = path.join(scratch, 'restored');
    const { migrations } = await restorePglite(file, restored);
    expect(migrations).toBe(before.migrations.length);
    expect(fs.existsSync(path.join(restored, LOCK_FILE))).toBe(false);
    const database = await openPgliteFolder(restored);
    try {
      expect(await contents(database.db)).toEqual(before);
      // It is a working database, not a read-only copy.
      await newOrganisation(database.db, { name: 'Na het terugzetten' });
    } finally {
      await database.close();
    }
  }, 120_000);

  it('refuses to restore over a folder with data unless told, and never over a folder a server holds', async () => {
    const { dir, before } = await folderWithData();
    const file = path.join(scratch, 'second.tar.gz');
    await backupPglite(dir, file);
    const target = fs.mkdtempSync(path.join(scratch, 'occupied-'));
    fs.writeFileSync(path.join(target, 'PG_VERSION'), '17\n');
    await expect(restorePglite(file, target)).rejects.toThrow(BackupError);
    await expect(restorePglite(file, target)).rejects.toThrow(/is not empty.*--force/);
    expect(fs.readdirSync(target)).toEqual(['PG_VERSION']);

    // A live server on this machine holds it (the test runner's parent process stands in for one).
    fs.writeFileSync(path.join(target, LOCK_FILE), JSON.stringify({ pid: process.ppid, host: os.hostname() }));
    await expect(restorePglite(file, target, { force: true })).rejects.toThrow(/in use by Thuis/);
    await expect(backupPglite(dir, path.join(scratch, 'x.tar.gz'))).resolves.toBeTruthy();
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: process.ppid, host: os.hostname() }));
    await expect(backupPglite(dir, path.join(scratch, 'y.tar.gz'))).rejects.toThrow(/in use by Thuis/);
    expect(fs.existsSync(path.join(scratch, 'y.tar.gz'))).toBe(false);

    // Told, and the server gone: the folder's contents are replaced.
    fs.rmSync(path.join(target, LOCK_FILE));
    await restorePglite(file, target, { force: true });
    const database = await openPgliteFolder(target);
    try {
      expect(await contents(database.db)).toEqual(before);
    } finally {
      await database.close();
    }
  }, 120_000);

  it('says so when there is no database to back up or no backup file', async () => {
    await expect(backupPglite(path.join(scratch, 'nothing-here'), path.join(scratch, 'z.tar.gz'))).rejects.toThrow(/no Thuis database/);
    await expect(restorePglite(path.join(scratch, 'missing.tar.gz'), path.join(scratch, 'new'))).rejects.toThrow(/does not exist/);
  });
});

const pgDumpOnPath = spawnSync('pg_dump', ['--version']).status === 0;

describe.skipIf(testEngine !== 'postgres' || !pgDumpOnPath)('backup and restore of PostgreSQL with pg_dump and pg_restore (custom format)', () => {
  it('round-trips the data through pg_dump -Fc and pg_restore into a new database', async () => {
    const source = await createTestDatabase();
    const targetName = `thuis_r_${randomBytes(6).toString('hex')}`;
    const serverUrl = process.env.TEST_DATABASE_URL!;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      await makeData(source.db);
      const before = await contents(source.db);
      const file = path.join(scratch, 'thuis.dump');
      // The commands of docs/deployment.md, "Backup and restore".
      execFileSync('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, source.url!]);
      await admin.query(`create database ${targetName}`);
      const targetUrl = new URL(serverUrl);
      targetUrl.pathname = `/${targetName}`;
      execFileSync('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${targetUrl.toString()}`, file]);
      const target = openPostgres(targetUrl.toString(), 2);
      try {
        expect(await contents(target.db)).toEqual(before);
        // The restored schema is current: starting the server on it migrates nothing and fails nothing.
        await migrateToLatest(target.db);
        expect(await contents(target.db)).toEqual(before);
      } finally {
        await target.close();
      }
    } finally {
      await source.close();
      await admin.query(`drop database if exists ${targetName} with (force)`);
      await admin.end();
    }
  });
});

it.skipIf(testEngine === 'pglite' || pgDumpOnPath)('pg_dump and pg_restore are on PATH for the PostgreSQL round trip', () => {
  throw new Error('install the PostgreSQL client (pg_dump, pg_restore) to test backup and restore on PostgreSQL');
});
