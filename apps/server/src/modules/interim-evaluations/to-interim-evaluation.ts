import { isOverdue, type InterimEvaluation } from '@thuis/domain';
import type { InterimEvaluationRow } from './repository.js';

export function toInterimEvaluation(row: InterimEvaluationRow, today: string): InterimEvaluation {
  const { corporationContractor, corporationWelfare, contractorWelfare, createdAt, updatedAt, adjustments, ...rest } = row;
  return {
    ...rest,
    collaboration: { corporationContractor, corporationWelfare, contractorWelfare },
    adjustments: adjustments.map((a) => ({ ...a, overdue: isOverdue(a, today) })),
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  };
}
