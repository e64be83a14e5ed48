import { action, actionPage, myReminders, type ActionInput, type ActionUpdate } from '@thuis/domain';
import { api } from '../../lib/api';
import { actionQueryString, type ActionFilters } from './filters';

const base = (id: string) => `/api/projects/${encodeURIComponent(id)}`;
const part = (value: string) => encodeURIComponent(value);

export const actionsApi = {
  /** A page of the action list (the server's order: overdue first, then by due date). */
  list: (id: string, filters: ActionFilters, cursor: string | null) => {
    const query = new URLSearchParams(actionQueryString(filters));
    query.set('limit', '50');
    if (cursor) query.set('cursor', cursor);
    return api(`${base(id)}/actions?${query.toString()}`, { schema: actionPage });
  },
  create: (id: string, input: ActionInput) => api(`${base(id)}/actions`, { method: 'POST', body: input, schema: action }),
  update: (id: string, actionId: string, input: ActionUpdate) => api(`${base(id)}/actions/${part(actionId)}`, { method: 'PUT', body: input, schema: action }),
  /** The signed-in person's own overdue actions, across projects. */
  reminders: () => api('/api/me/reminders', { schema: myReminders }).then((r) => r.overdueActions),
};
