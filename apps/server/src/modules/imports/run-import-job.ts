import { setImmediate as yieldToOthers } from 'node:timers/promises';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Db } from '../../platform/db/database.js';
import { checkImportFile } from './check-import-file.js';
import { createImportRepository } from './repository.js';

const STAGE_BATCH = 2000;

/**
 * Does the pending work of one import job, if any: checking the rows, or committing them.
 * Committing stages the rows in short transactions, so other users keep working, and then turns
 * them into addresses in one statement: a crash before that leaves no address changed, and the
 * job is taken up again (from the start) once its lock runs out.
 * Returns false when there was nothing to do.
 */
export async function runImportJob(db: Db): Promise<boolean> {
  const imports = createImportRepository(db);
  const job = await imports.claimNext();
  if (!job) return false;
  try {
    const checked = await checkImportFile(imports, job);
    if (job.status === 'checking' || checked.problems.length > 0) {
      // A commit whose rows no longer pass (a building was removed meanwhile) goes back to the report.
      await imports.finishCheck(job.id, checked);
      return true;
    }
    await imports.progress(job.id, 0, checked.totalRows);
    await imports.clearStaging(job.id);
    for (let start = 0; start < checked.addresses.length; start += STAGE_BATCH) {
      await imports.stage(job.id, checked.addresses.slice(start, start + STAGE_BATCH));
      await imports.progress(job.id, Math.min(start + STAGE_BATCH, checked.addresses.length));
      await yieldToOthers();
    }
    await db.transaction().execute(async (trx) => {
      const inTransaction = createImportRepository(trx);
      const counts = await inTransaction.apply(job.id, job.projectId);
      await inTransaction.finishCommit(job.id, counts);
      await recordAudit(trx, {
        actorUserId: job.createdBy,
        action: 'import',
        resourceType: 'addresses',
        resourceId: job.id,
        projectId: job.projectId,
        details: { ...counts },
      });
    });
    return true;
  } catch (error) {
    await imports.fail(job.id, error instanceof Error ? error.message : String(error));
    return true;
  }
}
