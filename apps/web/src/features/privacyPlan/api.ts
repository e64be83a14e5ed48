import { fitCheckResponse, privacyPlanView, type FitCheckInput, type Locale, type PrivacySettingsInput } from '@thuis/domain';
import { api } from '../../lib/api';

const base = (id: string) => `/api/projects/${encodeURIComponent(id)}`;

export const privacyPlanApi = {
  plan: (id: string) => api(`${base(id)}/privacy-plan`, { schema: privacyPlanView }),
  saveSettings: (id: string, input: PrivacySettingsInput) => api(`${base(id)}/privacy-plan/settings`, { method: 'PUT', body: input, schema: privacyPlanView }),
  sign: (id: string, versionHash: string) => api(`${base(id)}/privacy-plan/sign-offs`, { method: 'POST', body: { versionHash }, schema: privacyPlanView }),
  leafletUrl: (id: string, lang: Locale) => `${base(id)}/privacy-plan/leaflet?lang=${lang}`,
  fitCheck: (id: string) => api(`${base(id)}/fit-check`, { schema: fitCheckResponse }),
  saveFitCheck: (id: string, input: FitCheckInput) => api(`${base(id)}/fit-check`, { method: 'PUT', body: input, schema: fitCheckResponse }),
};
