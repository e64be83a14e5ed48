import type { Actor, PlanVersionInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { identifyingProblems, ValidationError } from '../../platform/http/errors.js';
import { identifyingChecker } from '../registrations/identifying-checker.js';
import { listActionPlan } from './list-action-plan.js';
import { createActionPlanRepository } from './repository.js';

/**
 * Starts a new version of the plan as a concept, carrying over the goals of the latest published
 * version. One version is under way at a time.
 */
export async function createPlanVersion(ctx: AppContext, { actor, projectId, input }: { actor: Actor; projectId: string; input: PlanVersionInput }) {
  await ctx.access.require(actor, 'actionPlan.work', projectId);
  const known = await identifyingChecker(ctx.db, projectId, { team: false });
  const refused = (['title', 'introduction'] as const).flatMap((field) => identifyingProblems([field], input[field], known));
  if (refused.length) throw new ValidationError(refused);
  await ctx.db.transaction().execute(async (trx) => {
    const repository = createActionPlanRepository(trx);
    const { id, version } = await repository.insertVersion(projectId, input, actor.userId);
    if (await repository.versionUnderWay(projectId, id))
      throw new ValidationError([{ path: [], key: 'errors.planVersionUnderWay' }], 'errors.planVersionUnderWay');
    const published = await repository.latestPublishedId(projectId);
    const copied = published ? await repository.copyGoals(published, id, actor.userId) : [];
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'create',
      resourceType: 'action_plan',
      resourceId: id,
      projectId,
      details: { version, goals: copied.length },
    });
  });
  return listActionPlan(ctx, { actor, projectId });
}
