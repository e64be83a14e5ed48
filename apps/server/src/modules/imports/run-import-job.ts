import { setImmediate as yieldToOthers } from 'node:timers/promises';
import type { RowProblem } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { DatabaseHandle } from '../../platform/db/database.js';
import { checkImportFile } from './check-import-file.js';
import { stagedColumns } from './read-import-rows.js';
import { createImportRepository, type ImportRepository } from './repository.js';

/** A step of work on PGlite's one session lasts about this long, so other requests wait no longer (ADR 0003). */
const STEP_MS = 30;
/** The rows become addresses in at least this many steps, so the page shows them coming. */
const MIN_STEPS = 20;
/** Rows a step applies at least, and on PGlite at most (so that a slow moment cannot make a step long). */
const MIN_STEP_ROWS = 250;
const MAX_PGLITE_STEP_ROWS = 2_000;
/** Staged rows checked against the project per statement on PGlite. */
const CHECK_ROWS = 2_000;
/** Staged rows dropped per step when a check is redone or given up. */
const UNSTAGE_ROWS = 5_000;

/**
 * Does the pending work of one import job, if any: checking the rows, or committing them.
 * The file is read and checked row by row in a worker thread; its good rows are COPY'd into a
 * staging table (on PGlite in short batches), checked there against the project set-based, and
 * turned into addresses from there in short transactions of their own, so other users' requests
 * are answered between them (ADR 0003). A commit reuses the rows its check staged.
 * All or nothing: until the point of no return a failure or crash changes no address (a crashed
 * job is taken up again from the start once its lock runs out); from there on the import is
 * finished step by step, after a crash too.
 * Returns false when there was nothing to do.
 */
export async function runImportJob(database: DatabaseHandle, interrupted?: AbortSignal): Promise<boolean> {
  const { db } = database;
  const imports = createImportRepository(db);
  const job = await imports.claimNext();
  if (!job) return false;
  if (job.applying) {
    // Errors here are the database's (the rows were checked): the job is tried again once its lock runs out.
    await applyRows(database, job);
    return true;
  }
  try {
    let totalRows = job.totalRows;
    let rowProblems: RowProblem[] = [];
    if (job.status === 'checking' || !job.staged) {
      const read = await checkImportFile(job);
      totalRows = read.totalRows;
      rowProblems = read.problems;
      await unstage(imports, job.id);
      await stage(database, imports, job.id, read.batches, job.status === 'checking' ? totalRows : undefined);
    }
    const found = await checkStaged(database, imports, job);
    const problemCount = rowProblems.length + found.problemCount;
    if (job.status === 'checking' || problemCount > 0) {
      // A commit whose rows no longer pass (a building was removed meanwhile) goes back to the report.
      // Rows with problems are never committed (the file is checked again once fixed): gone before the report shows.
      if (problemCount > 0) await unstage(imports, job.id);
      const problems = [...rowProblems, ...found.problems].sort((a, b) => a.row - b.row);
      await imports.finishCheck(job.id, { totalRows, problems, problemCount, newCount: found.newCount, updatedCount: found.rows - found.newCount });
      return true;
    }
    await imports.progress(job.id, 0, totalRows);
    const begun = await db.transaction().execute((trx) => createImportRepository(trx).beginApply(job.id, job.projectId, job.claimedAt));
    if (!begun) {
      // Another import of the project came first: check again against what it changed.
      await imports.release(job.id);
      return true;
    }
  } catch (error) {
    // Stopped half-way by a shutdown: not the file's fault; checked again once the lock runs out.
    if (interrupted?.aborted) throw error;
    await unstage(imports, job.id);
    await imports.fail(job.id, error instanceof Error ? error.message : String(error));
    return true;
  }
  await applyRows(database, job);
  return true;
}

/**
 * COPYs the checked rows into the staging table: on PostgreSQL in one COPY, which holds neither the
 * main thread nor other sessions; on PGlite a batch at a time, as its one session is everyone's.
 */
async function stage(database: DatabaseHandle, imports: ImportRepository, jobId: string, batches: readonly string[], totalRows?: number) {
  if (database.engine === 'postgres') await database.copyInto('import_rows', stagedColumns, batches);
  else
    for (const [index, batch] of batches.entries()) {
      await database.copyInto('import_rows', stagedColumns, [batch]);
      // Shown while checking; a commit shows only the rows that became addresses.
      if (totalRows !== undefined) await imports.progress(jobId, Math.round(((index + 1) / batches.length) * totalRows), totalRows);
      await yieldToOthers();
    }
  await imports.markStaged(jobId);
}

/**
 * The set-based checks of the staged rows: on PostgreSQL in one go; on PGlite a range of rows at a
 * time, as a statement over 100,000 rows would hold its session and the main thread for long.
 */
async function checkStaged(database: DatabaseHandle, imports: ImportRepository, job: { id: string; projectId: string }) {
  const range = database.engine === 'postgres' ? Number.MAX_SAFE_INTEGER : CHECK_ROWS;
  const total = { problems: [] as RowProblem[], problemCount: 0, rows: 0, newCount: 0 };
  for (let after = 0, more = true; more; after += range) {
    const part = await imports.checkStaged(job.id, job.projectId, after, Math.min(after + range, 2 ** 31 - 1));
    total.problems.push(...part.problems);
    total.problemCount += part.problemCount;
    total.rows += part.rows;
    total.newCount += part.newCount;
    more = part.more;
    await yieldToOthers();
  }
  return total;
}

async function unstage(imports: ImportRepository, jobId: string) {
  for (let after = 0; await imports.unstageStep(jobId, after, after + UNSTAGE_ROWS); after += UNSTAGE_ROWS) await yieldToOthers();
}

/**
 * The staged rows become addresses step by step, a range of row numbers at a time. On PGlite each
 * step is sized to last about STEP_MS, as it holds the main thread; on PostgreSQL steps hold nothing
 * else up and are as large as MIN_STEPS allows, since sizing by time there would only measure round trips.
 */
async function applyRows(database: DatabaseHandle, job: { id: string; projectId: string; createdBy: string | null; totalRows: number }) {
  const { db } = database;
  const byProgress = Math.max(MIN_STEP_ROWS, Math.ceil(job.totalRows / MIN_STEPS));
  const largest = database.engine === 'postgres' ? byProgress : Math.min(byProgress, MAX_PGLITE_STEP_ROWS);
  let size = database.engine === 'postgres' ? largest : MIN_STEP_ROWS;
  for (let after = 0, more = true; more;) {
    const started = performance.now();
    const through = after + size;
    more = await db.transaction().execute((trx) => createImportRepository(trx).applyRowsThrough(job.id, job.projectId, after, through));
    after = through;
    if (database.engine === 'pglite')
      size = Math.max(MIN_STEP_ROWS, Math.min(largest, size * 2, Math.round((size * STEP_MS) / Math.max(performance.now() - started, 1))));
    await yieldToOthers();
  }
  await db.transaction().execute(async (trx) => {
    const counts = await createImportRepository(trx).finishCommit(job.id);
    if (!counts) return;
    await recordAudit(trx, {
      actorUserId: job.createdBy,
      action: 'import',
      resourceType: 'addresses',
      resourceId: job.id,
      projectId: job.projectId,
      details: { ...counts },
    });
  });
}
