import type { Actor } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { createLetterRepository } from './repository.js';

/** The made PDF of a batch of letters, for its maker only; the download is audited (it holds names). */
export async function downloadLetters(ctx: AppContext, { actor, projectId, jobId }: { actor: Actor; projectId: string; jobId: string }): Promise<Buffer> {
  await ctx.access.require(actor, 'visits.plan', projectId);
  const letters = createLetterRepository(ctx.db);
  const job = await letters.findJob(projectId, actor.userId, jobId);
  const pdf = job?.status === 'done' ? await letters.jobPdf(job.id) : null;
  if (!job || !pdf) throw new NotFoundError();
  await recordAudit(ctx.db, {
    actorUserId: actor.userId,
    action: 'read',
    resourceType: 'household_contacts_letters',
    resourceId: job.id,
    projectId,
    details: { letters: job.total },
  });
  return pdf;
}
