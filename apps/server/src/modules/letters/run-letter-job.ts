import type { AppContext } from '../../platform/context.js';
import type { JobHandler } from '../../platform/jobs/job-runner.js';
import { translatorFor } from '../../platform/i18n/translate.js';
import { printLetters } from './print-letters.js';
import { createLetterRepository } from './repository.js';

/** How often the made count is written while the PDF is laid out. */
const PROGRESS_EVERY_MS = 250;

/**
 * Makes the next requested batch of letters, if any, for the user who asked (whose access is checked
 * again now). A job whose server stopped is made again from the start once its lock runs out:
 * nothing is kept or marked until the whole PDF is made (nor marked failed when a shutdown interrupts it).
 */
export function letterJob(ctx: AppContext): JobHandler {
  return async (interrupted) => {
    const letters = createLetterRepository(ctx.db);
    await letters.purgeOldJobs();
    const job = await letters.claimNextJob();
    if (!job) return false;
    const actor = { userId: job.userId, organisationId: job.organisationId, isAdmin: job.isAdmin, canCreateProjects: job.canCreateProjects };
    let written = Promise.resolve();
    let lastWrite = 0;
    const onProgress = (done: number) => {
      if (Date.now() - lastWrite < PROGRESS_EVERY_MS) return;
      lastWrite = Date.now();
      // Best effort: a lost progress write only makes the bar lag.
      written = written.then(() => letters.jobProgress(job.id, done)).catch(() => undefined);
    };
    try {
      await printLetters(ctx, {
        actor,
        projectId: job.projectId,
        visitIds: job.visitIds,
        t: translatorFor(job.locale),
        locale: job.locale,
        onProgress,
        keep: (trx, pdf) => createLetterRepository(trx).finishJob(job.id, pdf),
      });
      await written;
    } catch (error) {
      await written;
      // Stopped half-way by a shutdown: not a failure; made again from the start once the lock runs out.
      if (interrupted.aborted) throw error;
      await letters.failJob(job.id, error instanceof Error ? error.message : String(error));
    }
    return true;
  };
}
