import { activityInput, planEditable, type Actor, type PlanActivityProposal } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { identifyingProblems, NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { createActivityRepository } from '../activities/repository.js';
import { identifyingChecker } from '../registrations/identifying-checker.js';
import { listActionPlan, visibleVersion } from './list-action-plan.js';
import { createActionPlanRepository } from './repository.js';

/**
 * Proposes a new activity for a goal of a concept: it goes into the activity register as
 * `proposed`, serving the goal's themes, and the goal works through it. The team works it out
 * in the register (owners, partners, budget); the plan shows what the register holds.
 */
export async function proposePlanActivity(
  ctx: AppContext,
  { actor, projectId, versionId, goalId, input }: { actor: Actor; projectId: string; versionId: string; goalId: string; input: PlanActivityProposal },
) {
  await ctx.access.require(actor, 'actionPlan.propose', projectId);
  const plans = createActionPlanRepository(ctx.db);
  const found = await plans.version(projectId, versionId);
  if (!found || !(await visibleVersion(ctx, actor, projectId, found.stage))) throw new NotFoundError();
  const known = await identifyingChecker(ctx.db, projectId, { team: false });
  const refused = (['title', 'description', 'place'] as const).flatMap((field) => identifyingProblems([field], input[field], known));
  if (refused.length) throw new ValidationError(refused);
  await ctx.db.transaction().execute(async (trx) => {
    const repository = createActionPlanRepository(trx);
    const version = await repository.lockVersion(projectId, versionId);
    if (!version) throw new NotFoundError();
    const goal = (await repository.goals([versionId])).find((g) => g.id === goalId);
    if (!goal) throw new NotFoundError();
    if (!planEditable(version.stage)) throw new ValidationError([{ path: [], key: 'errors.planNotEditable' }], 'errors.planNotEditable');
    const activity = activityInput.parse({ ...input, status: 'proposed', themeIds: goal.themeIds });
    const activityId = await createActivityRepository(trx).insert(projectId, actor.userId, activity);
    await repository.addGoalActivity(goalId, activityId);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'create',
      resourceType: 'activity',
      resourceId: activityId,
      projectId,
      details: { kind: input.kind, status: 'proposed', actionPlanGoalId: goalId },
    });
  });
  return listActionPlan(ctx, { actor, projectId });
}
