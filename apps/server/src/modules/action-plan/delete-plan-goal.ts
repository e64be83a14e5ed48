import { planEditable, type Actor } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { listActionPlan, visibleVersion } from './list-action-plan.js';
import { createActionPlanRepository } from './repository.js';

/** Takes a goal out of a concept of the plan. */
export async function deletePlanGoal(
  ctx: AppContext,
  { actor, projectId, versionId, goalId }: { actor: Actor; projectId: string; versionId: string; goalId: string },
) {
  await ctx.access.require(actor, 'actionPlan.propose', projectId);
  const found = await createActionPlanRepository(ctx.db).version(projectId, versionId);
  if (!found || !(await visibleVersion(ctx, actor, projectId, found.stage))) throw new NotFoundError();
  await ctx.db.transaction().execute(async (trx) => {
    const repository = createActionPlanRepository(trx);
    const version = await repository.lockVersion(projectId, versionId);
    if (!version || !(await repository.goalInVersion(versionId, goalId))) throw new NotFoundError();
    if (!planEditable(version.stage)) throw new ValidationError([{ path: [], key: 'errors.planNotEditable' }], 'errors.planNotEditable');
    await repository.deleteGoal(versionId, goalId);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'delete',
      resourceType: 'action_plan_goal',
      resourceId: goalId,
      projectId,
      details: { versionId },
    });
  });
  return listActionPlan(ctx, { actor, projectId });
}
