import type { Actor } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { createStoryRepository } from './repository.js';

/** Removes a story no selection round has read (a round's record stays whole). */
export async function deleteStory(ctx: AppContext, { actor, projectId, storyId }: { actor: Actor; projectId: string; storyId: string }) {
  await ctx.access.require(actor, 'stories.write', projectId);
  await ctx.db.transaction().execute(async (trx) => {
    const stories = createStoryRepository(trx);
    if (!(await stories.exists(projectId, storyId))) throw new NotFoundError();
    if (await stories.inRound(storyId)) throw new ValidationError([{ path: ['storyId'], key: 'errors.storyInRound' }]);
    await stories.remove(projectId, storyId);
    await recordAudit(trx, { actorUserId: actor.userId, action: 'delete', resourceType: 'msc_story', resourceId: storyId, projectId });
  });
  return { ok: true as const };
}
