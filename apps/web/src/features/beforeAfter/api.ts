import {
  beforeAfterReport,
  beforeAfterSettings,
  householdMeasurement,
  householdMeasurementList,
  okResponse,
  type BeforeAfterSettings,
  type MeasurementCorrection,
} from '@thuis/domain';
import { api } from '../../lib/api';

const base = (id: string) => `/api/projects/${encodeURIComponent(id)}/before-after`;

/** Recording goes through the device's outbox (features/registrations/sync.ts), not through here. */
export const beforeAfterApi = {
  settings: (id: string) => api(`${base(id)}/settings`, { schema: beforeAfterSettings }),
  saveSettings: (id: string, input: BeforeAfterSettings) => api(`${base(id)}/settings`, { method: 'PUT', body: input, schema: beforeAfterSettings }),
  report: (id: string) => api(`${base(id)}/report`, { schema: beforeAfterReport }),
  measurements: (id: string, visitId: string) =>
    api(`${base(id)}/measurements?visitId=${encodeURIComponent(visitId)}`, { schema: householdMeasurementList }).then((r) => r.measurements),
  correct: (id: string, measurementId: string, input: MeasurementCorrection) =>
    api(`${base(id)}/measurements/${encodeURIComponent(measurementId)}`, { method: 'PUT', body: input, schema: householdMeasurement }),
  remove: (id: string, measurementId: string) => api(`${base(id)}/measurements/${encodeURIComponent(measurementId)}`, { method: 'DELETE', schema: okResponse }),
};
