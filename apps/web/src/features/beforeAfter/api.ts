import { beforeAfterReport, beforeAfterSettings, measurementReceipt, type BeforeAfterSettings, type MeasurementInput } from '@thuis/domain';
import { api } from '../../lib/api';

const base = (id: string) => `/api/projects/${encodeURIComponent(id)}/before-after`;

export const beforeAfterApi = {
  settings: (id: string) => api(`${base(id)}/settings`, { schema: beforeAfterSettings }),
  saveSettings: (id: string, input: BeforeAfterSettings) => api(`${base(id)}/settings`, { method: 'PUT', body: input, schema: beforeAfterSettings }),
  record: (id: string, input: MeasurementInput) => api(`${base(id)}/measurements`, { method: 'POST', body: input, schema: measurementReceipt }),
  report: (id: string) => api(`${base(id)}/report`, { schema: beforeAfterReport }),
};
