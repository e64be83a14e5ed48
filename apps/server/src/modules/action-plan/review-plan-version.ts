import { mayReviewPlanStage, planStageAfter, type Actor, type PlanReviewInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { identifyingProblems, NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { identifyingChecker } from '../registrations/identifying-checker.js';
import { listActionPlan, planRole, visibleVersion } from './list-action-plan.js';
import { createActionPlanRepository } from './repository.js';

/**
 * Records the review of a version's current stage: approved (on to the next stage, the last one
 * publishes it) or sent back to a concept with remarks. The resident project group records only
 * its own review; its remarks, like the team's, may not identify anyone.
 */
export async function reviewPlanVersion(
  ctx: AppContext,
  { actor, projectId, versionId, input }: { actor: Actor; projectId: string; versionId: string; input: PlanReviewInput },
) {
  await ctx.access.require(actor, 'actionPlan.propose', projectId);
  const role = await planRole(ctx, actor, projectId);
  const found = await createActionPlanRepository(ctx.db).version(projectId, versionId);
  if (!found || !(await visibleVersion(ctx, actor, projectId, found.stage))) throw new NotFoundError();
  const refused = identifyingProblems(['note'], input.note, await identifyingChecker(ctx.db, projectId, { team: false }));
  if (refused.length) throw new ValidationError(refused);
  await ctx.db.transaction().execute(async (trx) => {
    const repository = createActionPlanRepository(trx);
    const version = await repository.lockVersion(projectId, versionId);
    if (!version) throw new NotFoundError();
    if (!mayReviewPlanStage(role, version.stage)) throw new ValidationError([{ path: [], key: 'errors.planNotYourStage' }], 'errors.planNotYourStage');
    const next = planStageAfter(version.stage, input.decision);
    if (!next) throw new ValidationError([{ path: ['decision'], key: 'errors.choice' }]);
    if (!(await repository.review(versionId, version.stage, next, input.decision, input.note, actor.userId)))
      throw new ValidationError([{ path: [], key: 'errors.alreadyPublished' }], 'errors.alreadyPublished');
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'review',
      resourceType: 'action_plan',
      resourceId: versionId,
      projectId,
      details: { from: version.stage, to: next, decision: input.decision },
    });
  });
  return listActionPlan(ctx, { actor, projectId });
}
