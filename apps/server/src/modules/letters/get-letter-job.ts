import type { Actor, LetterJob } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { createLetterRepository } from './repository.js';

/** How far a batch of letters is; only its maker sees it (any other caller gets 404). */
export async function getLetterJob(ctx: AppContext, { actor, projectId, jobId }: { actor: Actor; projectId: string; jobId: string }): Promise<LetterJob> {
  await ctx.access.require(actor, 'visits.plan', projectId);
  const job = await createLetterRepository(ctx.db).findJob(projectId, actor.userId, jobId);
  if (!job) throw new NotFoundError();
  return { id: job.id, status: job.status, total: job.total, done: job.done };
}
