import { randomBytes } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { sql } from 'kysely';
import { openPostgres } from '../../apps/server/src/platform/db/database.js';
import { migrateToLatest } from '../../apps/server/src/platform/db/migrate.js';
import { createImportRepository } from '../../apps/server/src/modules/imports/repository.js';
import { runImportJob } from '../../apps/server/src/modules/imports/run-import-job.js';

const ROWS = 100_000;

/** The same 100,000 homes as the corporation's CSV export and as COPY's input. */
function makeRows() {
  const rows: string[][] = [];
  for (let i = 1; i <= ROWS; i++) {
    const streetIndex = Math.ceil(i / 200);
    rows.push([`VHE-${i}`, `Straat ${streetIndex}`, String((i % 200) + 1), '', `${6000 + streetIndex} AB`, 'Nijmegen', 'eengezinswoning']);
  }
  return rows;
}

export const importScenario = {
  description: `import of ${ROWS.toLocaleString('nl-NL')} homes into PostgreSQL (check + stage + upsert) against PostgreSQL's own COPY of the same rows`,
  async run() {
    const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    const name = `thuis_bench_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const handle = openPostgres(url.toString(), 4);
    try {
      await migrateToLatest(handle.db);
      const db = handle.db;
      const org = await db.insertInto('organisations').values({ name: 'Bench', type: 'corporation' }).returning('id').executeTakeFirstOrThrow();
      const user = await db.insertInto('users').values({ organisation_id: org.id, email: 'bench@example.nl', display_name: 'Bench', password_hash: 'x' }).returning('id').executeTakeFirstOrThrow();
      const project = await db
        .insertInto('projects')
        .values({ name: 'Bench', neighbourhood: 'Bench', municipality: 'Nijmegen', works_kinds: sql`array['sustainability']::text[]`, starts_on: '2026-01-01', ends_on: null, created_by: user.id })
        .returning('id')
        .executeTakeFirstOrThrow();
      const rows = makeRows();
      const header = ['VHE', 'Straat', 'Huisnummer', 'Toevoeging', 'Postcode', 'Plaats', 'Woningtype'];
      const csv = [header, ...rows].map((r) => r.join(';')).join('\n');

      // Baseline: COPY of the same rows into a table shaped like addresses.
      await sql`create table copy_baseline (like addresses including defaults)`.execute(db);
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      const copyText = rows.map((r) => [project.id, r[0], r[1], r[2], r[3] || '', r[4], r[5], r[6]].join('\t')).join('\n') + '\n';
      const copyStart = performance.now();
      await pipeline(
        Readable.from([copyText]),
        client.query(copyStreams.from('copy copy_baseline (project_id, unit_id, street, house_number, addition, postcode, city, home_type) from stdin')),
      );
      const copyMs = performance.now() - copyStart;
      await client.end();

      // The app's import: store the file, check every row, stage in batches, upsert in one statement.
      const imports = createImportRepository(db);
      const importStart = performance.now();
      const jobId = await imports.create({
        projectId: project.id,
        userId: user.id,
        fileName: 'bench.csv',
        fileKind: 'csv',
        file: Buffer.from(csv),
        headers: header,
        sample: [],
        mapping: { unitId: 0, street: 1, houseNumber: 2, addition: 3, postcode: 4, city: 5, homeType: 6 },
        totalRows: ROWS,
      });
      await imports.setMapping(jobId, { unitId: 0, street: 1, houseNumber: 2, addition: 3, postcode: 4, city: 5, homeType: 6 });
      await runImportJob(db);
      const checkedMs = performance.now() - importStart;
      if (!(await imports.startCommit(jobId))) throw new Error('the bench import did not pass its check');
      await runImportJob(db);
      const importMs = performance.now() - importStart;
      const { rows: counted } = await sql<{ n: number }>`select count(*)::int as n from addresses where project_id = ${project.id}`.execute(db);
      if (counted[0]!.n !== ROWS) throw new Error(`expected ${ROWS} addresses, found ${counted[0]!.n}`);

      const ratio = importMs / copyMs;
      return {
        ok: true,
        target: 'reported as a ratio (no fixed target in the issue)',
        lines: [
          `COPY baseline: ${Math.round(copyMs)} ms`,
          `Thuis import (check ${Math.round(checkedMs)} ms, then stage + upsert): ${Math.round(importMs)} ms = ${ratio.toFixed(1)} × COPY`,
          `throughput: ${Math.round(ROWS / (importMs / 1000)).toLocaleString('nl-NL')} rows/s against COPY's ${Math.round(ROWS / (copyMs / 1000)).toLocaleString('nl-NL')} rows/s`,
        ],
      };
    } finally {
      await handle.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  },
};
