import { todayInAmsterdam, type Actor, type InterimEvaluationQuery } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createPreparationRepository } from '../preparation/repository.js';
import { createInterimEvaluationRepository } from './repository.js';
import { toInterimEvaluation } from './to-interim-evaluation.js';

/** One page of the project's interim evaluations, the latest first. They name no resident. */
export async function listInterimEvaluations(ctx: AppContext, { actor, projectId, query }: { actor: Actor; projectId: string; query: InterimEvaluationQuery }) {
  await ctx.access.require(actor, 'evaluations.read', projectId);
  const { rows, total } = await createInterimEvaluationRepository(ctx.db).list(projectId, query);
  const today = todayInAmsterdam();
  const reviews = await createPreparationRepository(ctx.db).goalReviews(rows.map((r) => r.id));
  return { evaluations: rows.map((r) => toInterimEvaluation(r, today, reviews)), total, page: query.page, pageSize: query.pageSize };
}
