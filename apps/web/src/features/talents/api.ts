import {
  okResponse,
  talentCard,
  talentCardPage,
  talentMatch,
  talentMatchPage,
  talentSuggestionList,
  type MatchFilter,
  type MatchInput,
  type MatchUpdateInput,
  type TalentCardFilter,
  type TalentCardInput,
} from '@thuis/domain';
import { api } from '../../lib/api';

const base = (id: string) => `/api/projects/${encodeURIComponent(id)}`;
const part = (value: string) => encodeURIComponent(value);
const query = (values: Record<string, string | number | undefined>) =>
  new URLSearchParams(
    Object.entries(values)
      .filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== '')
      .map(([k, v]) => [k, String(v)]),
  ).toString();

export const talentsApi = {
  cards: (id: string, filter: Partial<TalentCardFilter>) => api(`${base(id)}/talent-cards?${query(filter)}`, { schema: talentCardPage }),
  card: (id: string, cardId: string) => api(`${base(id)}/talent-cards/${part(cardId)}`, { schema: talentCard }),
  saveCard: (id: string, input: TalentCardInput, cardId?: string) =>
    cardId
      ? api(`${base(id)}/talent-cards/${part(cardId)}`, { method: 'PUT', body: input, schema: talentCard })
      : api(`${base(id)}/talent-cards`, { method: 'POST', body: input, schema: talentCard }),
  withdraw: (id: string, cardId: string, note: string) =>
    api(`${base(id)}/talent-cards/${part(cardId)}/withdraw-consent`, { method: 'POST', body: { note }, schema: okResponse }),
  suggestions: (id: string, cardId: string) =>
    api(`${base(id)}/talent-cards/${part(cardId)}/suggestions`, { schema: talentSuggestionList }).then((r) => r.suggestions),
  matches: (id: string, filter: Partial<MatchFilter>) => api(`${base(id)}/talent-matches?${query(filter)}`, { schema: talentMatchPage }),
  recordMatch: (id: string, input: MatchInput) => api(`${base(id)}/talent-matches`, { method: 'POST', body: input, schema: talentMatch }),
  updateMatch: (id: string, matchId: string, input: MatchUpdateInput) =>
    api(`${base(id)}/talent-matches/${part(matchId)}`, { method: 'PUT', body: input, schema: talentMatch }),
};
