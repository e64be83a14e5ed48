import type { Actor } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { createStoryRepository } from './repository.js';
import { readsAllStories } from './story-scope.js';
import { toStory } from './to-story.js';

/** One story: any to the social team; to the rest of the project only once a round selected it. */
export async function getStory(
  ctx: AppContext,
  { actor, projectId, storyId, audit = true }: { actor: Actor; projectId: string; storyId: string; audit?: boolean },
) {
  const all = await readsAllStories(ctx, actor, projectId);
  const row = await createStoryRepository(ctx.db).find(projectId, storyId, { selectedOnly: !all });
  if (!row) throw new NotFoundError();
  if (audit && all && row.selections.length === 0)
    await recordAudit(ctx.db, { actorUserId: actor.userId, action: 'read', resourceType: 'msc_story', resourceId: storyId, projectId });
  return toStory(row);
}
