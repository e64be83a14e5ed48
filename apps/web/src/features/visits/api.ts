import {
  calendarFeed,
  visit,
  visitBatchResult,
  visitList,
  visitPage,
  visitProgressResponse,
  visitSpreadProposal,
  type VisitBatchInput,
  type VisitInput,
  type VisitOutcome,
  type VisitSpreadInput,
} from '@thuis/domain';
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

/**
 * The address of one page of the list. The same filters and cursor always make the same address:
 * the service worker answers a visit list offline with the last answer to that very address.
 */
export function visitQueryString(query: VisitListQuery, page: { cursor?: string | null; limit?: number } = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, String(value));
  if (page.limit) params.set('limit', String(page.limit));
  if (page.cursor) params.set('cursor', page.cursor);
  return params.toString();
}

export const visitsApi = {
  page: (id: string, query: VisitListQuery, page: { cursor?: string | null; limit?: number } = {}) =>
    api(`${base(id)}/visits?${visitQueryString(query, page)}`, { schema: visitPage }),
  plan: (id: string, input: VisitInput) => api(`${base(id)}/visits`, { method: 'POST', body: input, schema: visit }),
  propose: (id: string, input: VisitSpreadInput) => api(`${base(id)}/visits/proposal`, { method: 'POST', body: input, schema: visitSpreadProposal }),
  planBatch: (id: string, input: VisitBatchInput) => api(`${base(id)}/visits/batch`, { method: 'POST', body: input, schema: visitBatchResult }),
  reschedule: (id: string, visitId: string, input: VisitInput) => api(`${base(id)}/visits/${part(visitId)}`, { method: 'PUT', body: input, schema: visit }),
  recordOutcome: (id: string, visitId: string, input: { outcome: VisitOutcome; retryAt: string | null }) =>
    api(`${base(id)}/visits/${part(visitId)}/outcome`, { method: 'POST', body: input, schema: visitList }).then((r) => r.visits),
  progress: (id: string) => api(`${base(id)}/visits/progress`, { schema: visitProgressResponse }),
  createCalendarFeed: () => api('/api/me/calendar-feed', { method: 'POST', schema: calendarFeed }),
};
