import { isOverdue, type InterimEvaluation } from '@thuis/domain';
import type { createPreparationRepository } from '../preparation/repository.js';

type GoalReviewRow = Awaited<ReturnType<ReturnType<typeof createPreparationRepository>['goalReviews']>>[number];
import type { InterimEvaluationRow } from './repository.js';

export function toInterimEvaluation(row: InterimEvaluationRow, today: string, reviews: readonly GoalReviewRow[]): InterimEvaluation {
  const { corporationContractor, corporationWelfare, contractorWelfare, createdAt, updatedAt, adjustments, ...rest } = row;
  return {
    ...rest,
    collaboration: { corporationContractor, corporationWelfare, contractorWelfare },
    adjustments: adjustments.map((a) => ({ ...a, overdue: isOverdue(a, today) })),
    goalReviews: reviews.filter((r) => r.evaluationId === row.id).map(({ goalId, goalTitle, status, note }) => ({ goalId, goalTitle, status, note })),
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  };
}
