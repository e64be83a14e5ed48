import { okResponse, organisation, organisationList, type OrganisationInput } from '@thuis/domain';
import { api } from '../../lib/api';

export const organisationsApi = {
  list: () => api('/api/organisations', { schema: organisationList }).then((r) => r.organisations),
  create: (input: OrganisationInput) => api('/api/organisations', { method: 'POST', body: input, schema: organisation }),
  update: (id: string, input: OrganisationInput) => api(`/api/organisations/${encodeURIComponent(id)}`, { method: 'PUT', body: input, schema: organisation }),
  remove: (id: string) => api(`/api/organisations/${encodeURIComponent(id)}`, { method: 'DELETE', schema: okResponse }),
};
