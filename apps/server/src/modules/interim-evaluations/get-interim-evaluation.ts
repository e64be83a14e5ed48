import { todayInAmsterdam, type Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { createPreparationRepository } from '../preparation/repository.js';
import { createInterimEvaluationRepository } from './repository.js';
import { toInterimEvaluation } from './to-interim-evaluation.js';

/** One interim evaluation with its participants and the actions its adjustments became. */
export async function getInterimEvaluation(ctx: AppContext, { actor, projectId, evaluationId }: { actor: Actor; projectId: string; evaluationId: string }) {
  await ctx.access.require(actor, 'evaluations.read', projectId);
  const row = await createInterimEvaluationRepository(ctx.db).find(projectId, evaluationId);
  if (!row) throw new NotFoundError();
  return toInterimEvaluation(row, todayInAmsterdam(), await createPreparationRepository(ctx.db).goalReviews([row.id]));
}
