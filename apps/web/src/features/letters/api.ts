import { letterTemplate, type LetterTemplateInput } from '@thuis/domain';
import { api, apiBlob } from '../../lib/api';

const base = (id: string) => `/api/projects/${encodeURIComponent(id)}`;

export const lettersApi = {
  template: (id: string) => api(`${base(id)}/letter-template`, { schema: letterTemplate }),
  saveTemplate: (id: string, input: LetterTemplateInput) => api(`${base(id)}/letter-template`, { method: 'PUT', body: input, schema: letterTemplate }),
  /** The letters as one PDF; the server marks the visits as invited. */
  print: (id: string, visitIds: string[]) => apiBlob(`${base(id)}/letters`, { method: 'POST', body: { visitIds } }),
};
