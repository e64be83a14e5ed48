import { actionStatuses, type Action, type ActionStatus } from '@thuis/domain';

/**
 * The order of the action list: overdue first, then by due date (without a date last), then by
 * title, so the most pressing work is at the top of every column.
 */
export function compareActions(a: Action, b: Action): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.dueOn !== b.dueOn) {
    if (a.dueOn === null) return 1;
    if (b.dueOn === null) return -1;
    return a.dueOn.localeCompare(b.dueOn);
  }
  return a.title.localeCompare(b.title, 'nl') || a.createdAt.localeCompare(b.createdAt);
}

export function sortActions(actions: readonly Action[]): Action[] {
  return [...actions].sort(compareActions);
}

export interface BoardColumn {
  status: ActionStatus;
  actions: Action[];
}

/** The board: one column per status (every status, also empty ones), each sorted like the list. */
export function boardColumns(actions: readonly Action[], statuses: readonly ActionStatus[] = actionStatuses): BoardColumn[] {
  const sorted = sortActions(actions);
  return statuses.map((status) => ({ status, actions: sorted.filter((a) => a.status === status) }));
}

/** What a PUT needs to change one thing of an action (the API takes the whole action). */
export function updateOf(action: Action, changes: Partial<Pick<Action, 'title' | 'ownerId' | 'dueOn' | 'status' | 'note'>> = {}) {
  return { title: action.title, ownerId: action.ownerId, dueOn: action.dueOn, status: action.status, note: action.note, ...changes };
}
