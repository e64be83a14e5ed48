import { historyResult, historyUpload, type FileFormat, type HistoryMapping } from '@thuis/domain';
import { api } from '../../lib/api';

const base = (id: string) => `/api/projects/${encodeURIComponent(id)}`;

export const historyApi = {
  upload: (id: string, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return api(`${base(id)}/registration-imports`, { method: 'POST', body: form, schema: historyUpload });
  },
  setFormat: (id: string, importId: string, format: FileFormat) =>
    api(`${base(id)}/registration-imports/${encodeURIComponent(importId)}/format`, { method: 'PUT', body: format, schema: historyUpload }),
  commit: (id: string, importId: string, formVersionId: string, mapping: HistoryMapping) =>
    api(`${base(id)}/registration-imports/${encodeURIComponent(importId)}/commit`, { method: 'POST', body: { formVersionId, mapping }, schema: historyResult }),
};
