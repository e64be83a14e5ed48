import { letterJob, lettersMarkedSent, letterTemplate, type LetterTemplateInput } from '@thuis/domain';
import { api, apiBlob } from '../../lib/api';

const base = (id: string) => `/api/projects/${encodeURIComponent(id)}`;

export const lettersApi = {
  template: (id: string) => api(`${base(id)}/letter-template`, { schema: letterTemplate }),
  saveTemplate: (id: string, input: LetterTemplateInput) => api(`${base(id)}/letter-template`, { method: 'PUT', body: input, schema: letterTemplate }),
  /** Asks for the letters; the server makes them in the background (the visits are not marked yet). */
  request: (id: string, visitIds: string[]) => api(`${base(id)}/letters`, { method: 'POST', body: { visitIds }, schema: letterJob }),
  job: (id: string, jobId: string) => api(`${base(id)}/letters/${encodeURIComponent(jobId)}`, { schema: letterJob }),
  /** After printing: marks the batch's visits as invited (again: no change). */
  markSent: (id: string, jobId: string) =>
    api(`${base(id)}/letters/${encodeURIComponent(jobId)}/sent`, { method: 'POST', body: {}, schema: lettersMarkedSent }),
  /** The made letters as one PDF. */
  pdf: (id: string, jobId: string) => apiBlob(`${base(id)}/letters/${encodeURIComponent(jobId)}/pdf`),
};
