import { can, type Actor, type StoryRound, type StoryRoundInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { storyRoundProblems } from './check-story.js';
import { createStoryRepository } from './repository.js';

/**
 * Records a selection round: which group read which stories, and which it selected and why. The
 * social team records any group's round; the resident project group its own, from the stories it may read.
 */
export async function recordRound(
  ctx: AppContext,
  { actor, projectId, input }: { actor: Actor; projectId: string; input: StoryRoundInput },
): Promise<StoryRound> {
  const role = await ctx.access.require(actor, 'stories.select', projectId);
  const ownRound = !can(actor, 'stories.write', { kind: 'project', projectId, role });
  const problems = await storyRoundProblems(ctx.db, projectId, input, { ownRound });
  if (problems.length) throw new ValidationError(problems);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const id = await createStoryRepository(trx).insertRound(projectId, actor.userId, input);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'create',
      resourceType: 'msc_selection_round',
      resourceId: id,
      projectId,
      details: { groupKind: input.groupKind, reviewed: input.reviewedStoryIds.length, selected: input.selections.map((s) => s.storyId), ownRound },
    });
    return id;
  });
  const [round] = await createStoryRepository(ctx.db).rounds(projectId, id);
  if (!round) throw new NotFoundError();
  return round;
}

/** Removes a round recorded by mistake; its stories stay. */
export async function deleteRound(ctx: AppContext, { actor, projectId, roundId }: { actor: Actor; projectId: string; roundId: string }) {
  await ctx.access.require(actor, 'stories.write', projectId);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await createStoryRepository(trx).removeRound(projectId, roundId))) throw new NotFoundError();
    await recordAudit(trx, { actorUserId: actor.userId, action: 'delete', resourceType: 'msc_selection_round', resourceId: roundId, projectId });
  });
  return { ok: true as const };
}
