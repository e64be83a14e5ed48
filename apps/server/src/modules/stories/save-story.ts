import type { Actor, StoryInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { storyProblems } from './check-story.js';
import { getStory } from './get-story.js';
import { createStoryRepository } from './repository.js';

/** Records a story told in answer to the fixed question. */
export async function createStory(ctx: AppContext, { actor, projectId, input }: { actor: Actor; projectId: string; input: StoryInput }) {
  await ctx.access.require(actor, 'stories.write', projectId);
  const problems = await storyProblems(ctx.db, projectId, input);
  if (problems.length) throw new ValidationError(problems);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const id = await createStoryRepository(trx).insert(projectId, actor.userId, input);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'create',
      resourceType: 'msc_story',
      resourceId: id,
      projectId,
      details: { tellerKind: input.tellerKind },
    });
    return id;
  });
  return getStory(ctx, { actor, projectId, storyId: id, audit: false });
}

/** Changes a story as a whole. */
export async function updateStory(
  ctx: AppContext,
  { actor, projectId, storyId, input }: { actor: Actor; projectId: string; storyId: string; input: StoryInput },
) {
  await ctx.access.require(actor, 'stories.write', projectId);
  if (!(await createStoryRepository(ctx.db).exists(projectId, storyId))) throw new NotFoundError();
  const problems = await storyProblems(ctx.db, projectId, input);
  if (problems.length) throw new ValidationError(problems);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await createStoryRepository(trx).update(projectId, storyId, input))) throw new NotFoundError();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'update',
      resourceType: 'msc_story',
      resourceId: storyId,
      projectId,
      details: { tellerKind: input.tellerKind },
    });
  });
  return getStory(ctx, { actor, projectId, storyId, audit: false });
}
