import { address, addressPage, assignResult, household, householdContact, householdList, type AssignInput, type HouseholdInput } from '@thuis/domain';
import { api } from '../../lib/api';

const base = (id: string) => `/api/projects/${encodeURIComponent(id)}`;
const part = (value: string) => encodeURIComponent(value);

/** The filters of the address list, as the API's query parameters take them. */
export interface AddressQuery {
  buildingId?: string;
  subNeighbourhoodId?: string;
  buildingPhaseId?: string;
  unassigned?: 'buildingPhase';
  street?: string;
  search?: string;
  offset: number;
  limit: number;
}

export function addressQueryString(query: AddressQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    params.set(key, String(value));
  }
  return params.toString();
}

export const addressesApi = {
  addresses: (id: string, query: AddressQuery) => api(`${base(id)}/addresses?${addressQueryString(query)}`, { schema: addressPage }),
  address: (id: string, addressId: string) => api(`${base(id)}/addresses/${part(addressId)}`, { schema: address }),
  assign: (id: string, input: AssignInput) => api(`${base(id)}/addresses/assign`, { method: 'POST', body: input, schema: assignResult }),
  households: (id: string, addressId: string) =>
    api(`${base(id)}/addresses/${part(addressId)}/households`, { schema: householdList }).then((r) => r.households),
  createHousehold: (id: string, addressId: string, input: HouseholdInput) =>
    api(`${base(id)}/addresses/${part(addressId)}/households`, { method: 'POST', body: input, schema: household }),
  updateHousehold: (id: string, householdId: string, input: HouseholdInput) =>
    api(`${base(id)}/households/${part(householdId)}`, { method: 'PUT', body: input, schema: household }),
  householdContact: (id: string, householdId: string) => api(`${base(id)}/households/${part(householdId)}/contact`, { schema: householdContact }),
};
