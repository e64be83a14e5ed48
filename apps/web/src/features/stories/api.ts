import {
  okResponse,
  story,
  storyComparison,
  storyList,
  storyRound,
  storyRoundList,
  type StoryInput,
  type StoryRoundInput,
  type StoryTellerKind,
} from '@thuis/domain';
import { api } from '../../lib/api';

const base = (id: string) => `/api/projects/${encodeURIComponent(id)}`;

export interface StoryFilters {
  tellerKind?: StoryTellerKind;
  scope: 'all' | 'selected';
  /** Stories whose period overlaps from … to. */
  periodFrom?: string;
  periodTo?: string;
  page: number;
  pageSize: number;
}

/** The query string for GET /stories, in a fixed order. */
export function storyQueryString(filters: StoryFilters): string {
  const params = new URLSearchParams();
  if (filters.tellerKind) params.set('tellerKind', filters.tellerKind);
  params.set('scope', filters.scope);
  if (filters.periodFrom) params.set('periodFrom', filters.periodFrom);
  if (filters.periodTo) params.set('periodTo', filters.periodTo);
  params.set('page', String(filters.page));
  params.set('pageSize', String(filters.pageSize));
  return params.toString();
}

export const storiesApi = {
  list: (id: string, filters: StoryFilters) => api(`${base(id)}/stories?${storyQueryString(filters)}`, { schema: storyList }),
  create: (id: string, input: StoryInput) => api(`${base(id)}/stories`, { method: 'POST', body: input, schema: story }),
  update: (id: string, storyId: string, input: StoryInput) =>
    api(`${base(id)}/stories/${encodeURIComponent(storyId)}`, { method: 'PUT', body: input, schema: story }),
  remove: (id: string, storyId: string) => api(`${base(id)}/stories/${encodeURIComponent(storyId)}`, { method: 'DELETE', schema: okResponse }),
  rounds: (id: string) => api(`${base(id)}/story-rounds`, { schema: storyRoundList }).then((r) => r.rounds),
  createRound: (id: string, input: StoryRoundInput) => api(`${base(id)}/story-rounds`, { method: 'POST', body: input, schema: storyRound }),
  removeRound: (id: string, roundId: string) => api(`${base(id)}/story-rounds/${encodeURIComponent(roundId)}`, { method: 'DELETE', schema: okResponse }),
  comparison: (id: string) => api(`${base(id)}/stories/comparison`, { schema: storyComparison }),
};
