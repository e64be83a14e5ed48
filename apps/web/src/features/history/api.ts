import { z } from 'zod';
import { historyMapping, type HistoryMapping } from '@thuis/domain';
import { api } from '../../lib/api';

const base = (id: string) => `/api/projects/${encodeURIComponent(id)}`;

export const historyUpload = z.object({
  id: z.string(),
  fileName: z.string(),
  headers: z.array(z.string()),
  rowCount: z.number().int(),
  formVersionId: z.string(),
  suggestedMapping: historyMapping,
});
export type HistoryUpload = z.infer<typeof historyUpload>;
const historyResult = z.object({ imported: z.number().int(), alreadyImported: z.number().int() });

export const historyApi = {
  upload: (id: string, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return api(`${base(id)}/registration-imports`, { method: 'POST', body: form, schema: historyUpload });
  },
  commit: (id: string, importId: string, formVersionId: string, mapping: HistoryMapping) =>
    api(`${base(id)}/registration-imports/${encodeURIComponent(importId)}/commit`, { method: 'POST', body: { formVersionId, mapping }, schema: historyResult }),
};
