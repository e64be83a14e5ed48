import { calendarFeed, visit, visitList, visitProgressResponse, type VisitInput, type VisitOutcome } from '@thuis/domain';
import { api } from '../../lib/api';

const base = (id: string) => `/api/projects/${encodeURIComponent(id)}`;
const part = (value: string) => encodeURIComponent(value);

/** The filters of the visit list; `to` is exclusive. */
export interface VisitListQuery {
  from: string;
  to: string;
  visitorId?: string;
  open?: 'true' | 'false';
}

export function visitQueryString(query: VisitListQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, String(value));
  return params.toString();
}

export const visitsApi = {
  list: (id: string, query: VisitListQuery) => api(`${base(id)}/visits?${visitQueryString(query)}`, { schema: visitList }).then((r) => r.visits),
  plan: (id: string, input: VisitInput) => api(`${base(id)}/visits`, { method: 'POST', body: input, schema: visit }),
  reschedule: (id: string, visitId: string, input: VisitInput) => api(`${base(id)}/visits/${part(visitId)}`, { method: 'PUT', body: input, schema: visit }),
  recordOutcome: (id: string, visitId: string, input: { outcome: VisitOutcome; retryAt: string | null }) =>
    api(`${base(id)}/visits/${part(visitId)}/outcome`, { method: 'POST', body: input, schema: visitList }).then((r) => r.visits),
  progress: (id: string) => api(`${base(id)}/visits/progress`, { schema: visitProgressResponse }),
  createCalendarFeed: () => api('/api/me/calendar-feed', { method: 'POST', schema: calendarFeed }),
};
