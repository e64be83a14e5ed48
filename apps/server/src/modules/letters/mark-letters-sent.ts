import type { Actor, LettersMarkedSent } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { createLetterRepository } from './repository.js';

/**
 * Marks the visits of a made batch as invited, once its maker has printed the letters (issue 16:
 * making the PDF no longer does). Only its maker may, and only a batch that is made (else 404).
 * Asking twice changes nothing: a visit keeps the date it was first marked.
 */
export async function markLettersSent(
  ctx: AppContext,
  { actor, projectId, jobId }: { actor: Actor; projectId: string; jobId: string },
): Promise<LettersMarkedSent> {
  await ctx.access.require(actor, 'visits.plan', projectId);
  const letters = createLetterRepository(ctx.db);
  const job = await letters.findJob(projectId, actor.userId, jobId);
  if (!job || job.status !== 'done') throw new NotFoundError();
  const visitIds = await letters.jobVisitIds(job.id);
  await ctx.db.transaction().execute(async (trx) => {
    await createLetterRepository(trx).markSent(projectId, visitIds, actor.userId);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'update',
      resourceType: 'household_contacts_letters',
      resourceId: job.id,
      projectId,
      details: { markedSent: visitIds.length },
    });
  });
  return { visits: visitIds.length };
}
