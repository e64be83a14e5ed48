import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { sql } from 'kysely';
import { newOrganisation, newProject, newUser } from '../../apps/server/src/test/factories.js';
import { benchDatabase, benchEngines, browserFor, otherUser, pause, phaseAt, startServer, type Engine } from './concurrent.ts';

/** `BENCH_IMPORT_ROWS=20000` for a quicker run; the figures are ratios to COPY of the same rows. */
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const TARGET_WAIT_MS = 1000;
/** Issue 14: the whole import (upload, check, commit) within this many times the bare COPY. */
const TARGET_RATIO = 3;

/** The same 100,000 homes as the corporation's CSV export and as COPY's input. */
function makeRows() {
  const rows: string[][] = [];
  for (let i = 1; i <= ROWS; i++) {
    const streetIndex = Math.ceil(i / 200);
    rows.push([`VHE-${i}`, `Straat ${streetIndex}`, String((i % 200) + 1), '', `${6000 + streetIndex} AB`, 'Nijmegen', 'eengezinswoning']);
  }
  return rows;
}

/**
 * One engine: COPY of the rows as the baseline, then the import as a user does it through the
 * running server (upload, check, commit), while another user's small request is timed every 100 ms.
 */
async function measure(engine: Engine, rows: string[][]) {
  const { handle, url, drop } = await benchDatabase(engine);
  try {
    const db = handle.db;
    const corporation = await newOrganisation(db, { type: 'corporation' });
    const leader = await newUser(db, { organisationId: corporation.id });
    const colleague = await newUser(db, { organisationId: corporation.id });
    const project = await newProject(db, {
      members: [
        { userId: leader.id, organisationId: corporation.id, role: 'project_leader' },
        { userId: colleague.id, organisationId: corporation.id, role: 'housing_consultant' },
      ],
    });

    // Baseline: the engine's own COPY of the same rows into a table shaped like addresses.
    await sql`create table copy_baseline (like addresses including defaults)`.execute(db);
    const copyText = rows.map((r) => [project.id, r[0], r[1], r[2], r[3] || '', r[4], r[5], r[6]].join('\t')).join('\n') + '\n';
    const columns = '(project_id, unit_id, street, house_number, addition, postcode, city, home_type)';
    const copyStart = performance.now();
    if (engine === 'postgres') {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await pipeline(Readable.from([copyText]), client.query(copyStreams.from(`copy copy_baseline ${columns} from stdin`)));
      await client.end();
    } else {
      await handle.pglite!.query(`copy copy_baseline ${columns} from '/dev/blob'`, [], { blob: new Blob([copyText]) });
    }
    const copyMs = performance.now() - copyStart;
    await sql`drop table copy_baseline`.execute(db);

    // The floor of any import that checks before it writes: COPY into a staging table, then one
    // upsert into the indexed addresses table; rolled back, so the import below starts from nothing.
    const stagingColumns = '(project_id uuid, unit_id text, street text, house_number integer, addition text, postcode text, city text, home_type text)';
    const upsert = `insert into addresses (project_id, unit_id, street, house_number, addition, postcode, city, home_type)
      select * from floor_staging on conflict (project_id, unit_id) do update set street = excluded.street`;
    const floorStart = performance.now();
    if (engine === 'postgres') {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`begin; create temporary table floor_staging ${stagingColumns}`);
      await pipeline(Readable.from([copyText]), client.query(copyStreams.from(`copy floor_staging from stdin`)));
      await client.query(upsert);
      await client.query('rollback');
      await client.end();
    } else {
      await handle.pglite!.exec(`begin; create temporary table floor_staging ${stagingColumns}`);
      await handle.pglite!.query(`copy floor_staging from '/dev/blob'`, [], { blob: new Blob([copyText]) });
      await handle.pglite!.exec(`${upsert}; rollback`);
    }
    const floorMs = performance.now() - floorStart;

    const { app, base } = await startServer(handle);
    try {
      const browser = await browserFor(handle, base, leader.id);
      const other = await browserFor(handle, base, colleague.id);
      const header = ['VHE', 'Straat', 'Huisnummer', 'Toevoeging', 'Postcode', 'Plaats', 'Woningtype'];
      const csv = [header, ...rows].map((r) => r.join(';')).join('\r\n');
      const watcher = otherUser(`${base}/api/projects/${project.id}`, other.cookie());

      const phases: [string, number][] = [['upload', Date.now()]];
      const start = performance.now();
      const form = new FormData();
      form.append('file', new Blob([csv]), 'woningen.csv');
      const uploaded = await browser.json('POST', `/api/projects/${project.id}/imports`, form);
      const uploadMs = performance.now() - start;
      const jobUrl = `/api/projects/${project.id}/imports/${uploaded.id}`;
      phases.push(['check', Date.now()]);
      await browser.json('PUT', `${jobUrl}/mapping`, { mapping: uploaded.mapping });
      const waitFor = async (status: string) => {
        for (;;) {
          const job = await browser.json('GET', jobUrl);
          if (job.status === status) return job;
          if (job.status === 'failed' || (status === 'committed' && job.status === 'checked'))
            throw new Error(`import ${job.status}: ${JSON.stringify(job.problems?.slice(0, 3))}`);
          await pause(100);
        }
      };
      const checked = await waitFor('checked');
      if (checked.problemCount > 0) throw new Error(`the bench file has ${checked.problemCount} problems`);
      const checkedMs = performance.now() - start;
      phases.push(['commit', Date.now()]);
      await browser.json('POST', `${jobUrl}/commit`);
      const committed = await waitFor('committed');
      const importMs = performance.now() - start;
      const { longest, at, count } = await watcher.stop();
      if (committed.newCount !== ROWS) throw new Error(`expected ${ROWS} new addresses, got ${committed.newCount}`);
      return { copyMs, floorMs, uploadMs, checkedMs, importMs, longest, during: phaseAt(phases, at), count };
    } finally {
      await app.close();
    }
  } finally {
    await handle.close();
    await drop();
  }
}

export const importScenario = {
  description: `import of ${ROWS.toLocaleString('nl-NL')} homes through the running server (upload, check, commit) against the engine's own COPY of the same rows (and COPY + one upsert, the floor of a checked import), with another user's request timed every 100 ms`,
  async run() {
    const rows = makeRows();
    const lines: string[] = [];
    let ok = true;
    for (const engine of benchEngines()) {
      const r = await measure(engine, rows);
      const ratio = r.importMs / r.copyMs;
      ok &&= r.longest < TARGET_WAIT_MS && ratio <= TARGET_RATIO;
      lines.push(
        `${engine}: COPY ${Math.round(r.copyMs)} ms; COPY into staging + one upsert ${Math.round(r.floorMs)} ms = ${(r.floorMs / r.copyMs).toFixed(1)} × COPY; ` +
          `Thuis import ${Math.round(r.importMs)} ms = ${ratio.toFixed(1)} × COPY (target ≤ ${TARGET_RATIO} ×) = ${(r.importMs / r.floorMs).toFixed(1)} × the floor ` +
          `(upload ${Math.round(r.uploadMs)} ms, checked after ${Math.round(r.checkedMs)} ms); ` +
          `longest wait of another user's request: ${Math.round(r.longest)} ms, during the ${r.during} (${r.count} requests)`,
      );
    }
    return {
      ok,
      target: `the import within ${TARGET_RATIO} × COPY of the same rows, and another user's request answered within ${TARGET_WAIT_MS} ms during the whole import, on each engine`,
      lines,
    };
  },
};
