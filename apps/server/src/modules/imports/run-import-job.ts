import { setImmediate as yieldToOthers } from 'node:timers/promises';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Db } from '../../platform/db/database.js';
import { checkImportFile } from './check-import-file.js';
import { createImportRepository, type ImportRepository } from './repository.js';

/**
 * Does the pending work of one import job, if any: checking the rows, or committing them.
 * Nothing here holds the database for long (ADR 0003): the file is read and checked in a worker
 * thread, the checked rows are kept in chunks, and each chunk becomes addresses in a short
 * transaction of its own, so other users' requests are answered between them.
 * All or nothing: until the point of no return a failure or crash changes no address (a crashed
 * job is taken up again from the start once its lock runs out); from there on the import is
 * finished chunk by chunk, after a crash too.
 * Returns false when there was nothing to do.
 */
export async function runImportJob(db: Db, interrupted?: AbortSignal): Promise<boolean> {
  const imports = createImportRepository(db);
  const job = await imports.claimNext();
  if (!job) return false;
  if (job.applying) {
    // Errors here are the database's (the rows were checked): the job is tried again once its lock runs out.
    await applyChunks(db, job);
    return true;
  }
  try {
    const checked = await checkImportFile(imports, job);
    if (job.status === 'checking' || checked.problems.length > 0) {
      // A commit whose rows no longer pass (a building was removed meanwhile) goes back to the report.
      await imports.finishCheck(job.id, checked);
      return true;
    }
    await imports.progress(job.id, 0, checked.totalRows);
    await storeChunks(imports, job.id, checked.chunks);
    const begun = await db.transaction().execute((trx) => createImportRepository(trx).beginApply(job.id, job.projectId, job.claimedAt));
    if (!begun) {
      // Another import of the project came first: check again against what it changed.
      await imports.release(job.id);
      return true;
    }
  } catch (error) {
    // Stopped half-way by a shutdown: not the file's fault; checked again once the lock runs out.
    if (interrupted?.aborted) throw error;
    await imports.fail(job.id, error instanceof Error ? error.message : String(error));
    return true;
  }
  await applyChunks(db, job);
  return true;
}

async function storeChunks(imports: ImportRepository, jobId: string, chunks: readonly string[]) {
  await imports.clearChunks(jobId);
  for (const [index, rows] of chunks.entries()) {
    await imports.storeChunk(jobId, index, rows);
    await imports.progress(jobId, 0);
    await yieldToOthers();
  }
}

async function applyChunks(db: Db, job: { id: string; projectId: string; createdBy: string | null }) {
  while ((await db.transaction().execute((trx) => createImportRepository(trx).applyNextChunk(job.id, job.projectId))) !== null) await yieldToOthers();
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
