import type { Actor, ActivityInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { activityProblems } from './check-activity.js';
import { getActivity } from './get-activity.js';
import { createActivityRepository } from './repository.js';

/** Adds an activity to the register. */
export async function createActivity(ctx: AppContext, { actor, projectId, input }: { actor: Actor; projectId: string; input: ActivityInput }) {
  await ctx.access.require(actor, 'activities.manage', projectId);
  const problems = await activityProblems(ctx.db, projectId, input);
  if (problems.length) throw new ValidationError(problems);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const id = await createActivityRepository(trx).insert(projectId, actor.userId, input);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'create',
      resourceType: 'activity',
      resourceId: id,
      projectId,
      details: { kind: input.kind, status: input.status },
    });
    return id;
  });
  return getActivity(ctx, { actor, projectId, activityId: id });
}

/** Changes an activity: its fields, themes, owners and partners are replaced as a whole. */
export async function updateActivity(
  ctx: AppContext,
  { actor, projectId, activityId, input }: { actor: Actor; projectId: string; activityId: string; input: ActivityInput },
) {
  await ctx.access.require(actor, 'activities.manage', projectId);
  if (!(await createActivityRepository(ctx.db).exists(projectId, activityId))) throw new NotFoundError();
  const problems = await activityProblems(ctx.db, projectId, input);
  if (problems.length) throw new ValidationError(problems);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await createActivityRepository(trx).update(projectId, activityId, input))) throw new NotFoundError();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'update',
      resourceType: 'activity',
      resourceId: activityId,
      projectId,
      details: { kind: input.kind, status: input.status },
    });
  });
  return getActivity(ctx, { actor, projectId, activityId });
}
