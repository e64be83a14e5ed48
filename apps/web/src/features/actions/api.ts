import { action, actionList, myReminders, type ActionInput, type ActionUpdate } from '@thuis/domain';
import { api } from '../../lib/api';
import { actionQueryString, type ActionFilters } from './filters';

const base = (id: string) => `/api/projects/${encodeURIComponent(id)}`;
const part = (value: string) => encodeURIComponent(value);

export const actionsApi = {
  list: (id: string, filters: ActionFilters) => {
    const query = actionQueryString(filters);
    return api(`${base(id)}/actions${query ? `?${query}` : ''}`, { schema: actionList }).then((r) => r.actions);
  },
  create: (id: string, input: ActionInput) => api(`${base(id)}/actions`, { method: 'POST', body: input, schema: action }),
  update: (id: string, actionId: string, input: ActionUpdate) => api(`${base(id)}/actions/${part(actionId)}`, { method: 'PUT', body: input, schema: action }),
  /** The signed-in person's own overdue actions, across projects. */
  reminders: () => api('/api/me/reminders', { schema: myReminders }).then((r) => r.overdueActions),
};
