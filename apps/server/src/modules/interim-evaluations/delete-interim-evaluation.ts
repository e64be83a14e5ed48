import type { Actor } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { createInterimEvaluationRepository } from './repository.js';

/**
 * Removes an interim evaluation recorded by mistake. The actions its agreed adjustments became stay
 * on the action list as they are (they are work with an owner); they only lose the link.
 */
export async function deleteInterimEvaluation(ctx: AppContext, { actor, projectId, evaluationId }: { actor: Actor; projectId: string; evaluationId: string }) {
  await ctx.access.require(actor, 'evaluations.write', projectId);
  await ctx.db.transaction().execute(async (trx) => {
    const evaluations = createInterimEvaluationRepository(trx);
    const kept = await evaluations.adjustmentActions(projectId, evaluationId);
    if (!(await evaluations.remove(projectId, evaluationId))) throw new NotFoundError();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'delete',
      resourceType: 'interim_evaluation',
      resourceId: evaluationId,
      projectId,
      details: { actionsKept: kept.map((a) => a.actionId) },
    });
  });
  return { ok: true as const };
}
