import { formVersion, formVersionList, type FormDefinition } from '@thuis/domain';
import { api } from '../../lib/api';

const base = (id: string) => `/api/projects/${encodeURIComponent(id)}`;

export const formEditorApi = {
  current: (id: string) => api(`${base(id)}/registration-form`, { schema: formVersion }),
  versions: (id: string) => api(`${base(id)}/registration-form/versions`, { schema: formVersionList }).then((r) => r.versions),
  save: (id: string, definition: FormDefinition) => api(`${base(id)}/registration-form`, { method: 'PUT', body: { definition }, schema: formVersion }),
};
