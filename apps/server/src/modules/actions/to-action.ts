import { isOverdue, type Action } from '@thuis/domain';
import type { createActionRepository } from './repository.js';

type ActionRow = NonNullable<Awaited<ReturnType<ReturnType<typeof createActionRepository>['find']>>>;

export function toAction(row: ActionRow, today: string): Action {
  return { ...row, overdue: isOverdue(row, today), createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}
