import type { Actor, StoryList, StoryQuery } from '@thuis/domain';
import { recordListRead } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { createStoryRepository } from './repository.js';
import { readsAllStories } from './story-scope.js';
import { toStory } from './to-story.js';

/**
 * One page of stories. The social team reads every story as told (that read of raw stories is
 * audited as one entry); everyone else with the permission only the selected ones, with why.
 */
export async function listStories(ctx: AppContext, { actor, projectId, query }: { actor: Actor; projectId: string; query: StoryQuery }): Promise<StoryList> {
  const all = await readsAllStories(ctx, actor, projectId);
  const { rows, total } = await createStoryRepository(ctx.db).list(projectId, query, { selectedOnly: !all });
  const raw = rows.filter((r) => r.selections.length === 0).map((r) => r.id);
  if (all)
    await recordListRead(ctx.db, {
      actorUserId: actor.userId,
      projectId,
      resourceType: 'msc_story',
      ids: raw,
      details: { page: query.page, tellerKind: query.tellerKind ?? null },
    });
  return { stories: rows.map(toStory), total, page: query.page, pageSize: query.pageSize, scope: all ? query.scope : 'selected' };
}
