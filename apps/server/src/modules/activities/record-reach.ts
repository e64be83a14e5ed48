import type { Actor, ActivityReachInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { identifyingProblems, NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { identifyingChecker } from '../registrations/identifying-checker.js';
import { getActivity } from './get-activity.js';
import { createActivityRepository } from './repository.js';

/** Records the reach of one occasion (with its date) or a total: counts of participants, never who. */
export async function recordReach(
  ctx: AppContext,
  { actor, projectId, activityId, input }: { actor: Actor; projectId: string; activityId: string; input: ActivityReachInput },
) {
  await ctx.access.require(actor, 'activities.manage', projectId);
  if (!(await createActivityRepository(ctx.db).exists(projectId, activityId))) throw new NotFoundError();
  const problems = identifyingProblems(['note'], input.note, await identifyingChecker(ctx.db, projectId, { team: false }));
  if (problems.length) throw new ValidationError(problems);
  await ctx.db.transaction().execute(async (trx) => {
    const id = await createActivityRepository(trx).addReach(activityId, actor.userId, input);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'create',
      resourceType: 'activity_reach',
      resourceId: id,
      projectId,
      details: { activityId, participants: input.participants, firstTimers: input.firstTimers },
    });
  });
  return getActivity(ctx, { actor, projectId, activityId });
}

export async function deleteReach(
  ctx: AppContext,
  { actor, projectId, activityId, reachId }: { actor: Actor; projectId: string; activityId: string; reachId: string },
) {
  await ctx.access.require(actor, 'activities.manage', projectId);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await createActivityRepository(trx).removeReach(projectId, activityId, reachId))) throw new NotFoundError();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'delete',
      resourceType: 'activity_reach',
      resourceId: reachId,
      projectId,
      details: { activityId },
    });
  });
  return getActivity(ctx, { actor, projectId, activityId });
}
