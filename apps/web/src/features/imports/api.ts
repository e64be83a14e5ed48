import { importJob, type ColumnMapping, type FileFormat } from '@thuis/domain';
import { api } from '../../lib/api';

const base = (id: string) => `/api/projects/${encodeURIComponent(id)}`;
const part = (value: string) => encodeURIComponent(value);

/** The address import: upload, the file's format, the column mapping and the commit (the server's imports module). */
export const importsApi = {
  upload: (id: string, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return api(`${base(id)}/imports`, { method: 'POST', body: form, schema: importJob });
  },
  job: (id: string, importId: string) => api(`${base(id)}/imports/${part(importId)}`, { schema: importJob }),
  setFormat: (id: string, importId: string, format: FileFormat) =>
    api(`${base(id)}/imports/${part(importId)}/format`, { method: 'PUT', body: format, schema: importJob }),
  saveMapping: (id: string, importId: string, mapping: ColumnMapping) =>
    api(`${base(id)}/imports/${part(importId)}/mapping`, { method: 'PUT', body: { mapping }, schema: importJob }),
  commit: (id: string, importId: string) => api(`${base(id)}/imports/${part(importId)}/commit`, { method: 'POST', schema: importJob }),
};
