import {
  coding,
  codingList,
  conversationList,
  okResponse,
  pooledTextPage,
  publicationList,
  quoteList,
  registrationOverview,
  theme,
  themeBoard,
  themeTopLists,
  workSessionList,
  type CodingInput,
  type ConversationInput,
  type PublicationInput,
  type TextCategory,
  type QuoteInput,
  type ThemeInput,
  type ThemeValence,
} from '@thuis/domain';
import { api } from '../../lib/api';
import { pictureQueryString, type PictureFilters } from './filters';

const base = (id: string) => `/api/projects/${encodeURIComponent(id)}/picture`;

export const pictureApi = {
  overview: (id: string, filters: PictureFilters) => {
    const query = pictureQueryString(filters);
    return api(`${base(id)}/overview${query ? `?${query}` : ''}`, { schema: registrationOverview });
  },
  /** One page of the open answers of a category in the selection, with the words searched for. */
  texts: (id: string, filters: PictureFilters, page: { category: TextCategory; search: string; cursor: string | null; limit: number }) => {
    const params = new URLSearchParams(pictureQueryString(filters));
    params.set('category', page.category);
    if (page.search) params.set('search', page.search);
    if (page.cursor) params.set('cursor', page.cursor);
    params.set('limit', String(page.limit));
    return api(`${base(id)}/texts?${params.toString()}`, { schema: pooledTextPage });
  },

  // Step 2: themes, coding, top 5, notes of the work sessions.
  themes: (id: string) => api(`${base(id)}/themes`, { schema: themeBoard }),
  createTheme: (id: string, input: ThemeInput) => api(`${base(id)}/themes`, { method: 'POST', body: input, schema: theme }),
  updateTheme: (id: string, themeId: string, input: ThemeInput) =>
    api(`${base(id)}/themes/${encodeURIComponent(themeId)}`, { method: 'PUT', body: input, schema: theme }),
  deleteTheme: (id: string, themeId: string) => api(`${base(id)}/themes/${encodeURIComponent(themeId)}`, { method: 'DELETE', schema: okResponse }),
  codings: (id: string) => api(`${base(id)}/codings`, { schema: codingList }).then((r) => r.codings),
  saveCoding: (id: string, input: CodingInput) => api(`${base(id)}/codings`, { method: 'PUT', body: input, schema: coding }),
  saveTopList: (id: string, valence: ThemeValence, themeIds: readonly string[]) =>
    api(`${base(id)}/top-lists/${valence}`, { method: 'PUT', body: { themeIds }, schema: themeTopLists }),
  workSessions: (id: string) => api(`${base(id)}/work-sessions`, { schema: workSessionList }).then((r) => r.sessions),
  addWorkSession: (id: string, input: { heldOn: string; notes: string }) =>
    api(`${base(id)}/work-sessions`, { method: 'POST', body: input, schema: workSessionList }).then((r) => r.sessions),

  // Step 3: quotes and the versions of the report, poster and feedback.
  quotes: (id: string) => api(`${base(id)}/quotes`, { schema: quoteList }).then((r) => r.quotes),
  addQuote: (id: string, input: QuoteInput) => api(`${base(id)}/quotes`, { method: 'POST', body: input, schema: quoteList }).then((r) => r.quotes),
  approveQuote: (id: string, quoteId: string) =>
    api(`${base(id)}/quotes/${encodeURIComponent(quoteId)}/approve`, { method: 'POST', schema: quoteList }).then((r) => r.quotes),
  publications: (id: string) => api(`${base(id)}/publications`, { schema: publicationList }).then((r) => r.publications),
  createPublication: (id: string, input: PublicationInput) =>
    api(`${base(id)}/publications`, { method: 'POST', body: input, schema: publicationList }).then((r) => r.publications),
  review: (id: string, publicationId: string, note: string) =>
    api(`${base(id)}/publications/${encodeURIComponent(publicationId)}/review`, { method: 'POST', body: { note }, schema: publicationList }).then(
      (r) => r.publications,
    ),

  // Step 4: conversations about the picture.
  conversations: (id: string) => api(`${base(id)}/conversations`, { schema: conversationList }).then((r) => r.conversations),
  addConversation: (id: string, input: ConversationInput) =>
    api(`${base(id)}/conversations`, { method: 'POST', body: input, schema: conversationList }).then((r) => r.conversations),
};
