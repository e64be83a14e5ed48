import {
  address,
  addressPage,
  assignResult,
  building,
  buildingList,
  buildingPhase,
  buildingPhaseList,
  household,
  householdContact,
  householdList,
  hoursOverviewResponse,
  importJob,
  projectPlan,
  subNeighbourhood,
  subNeighbourhoodList,
  type AssignInput,
  type BuildingInput,
  type BuildingPhaseInput,
  type ColumnMapping,
  type FileFormat,
  type HourBookingInput,
  type HouseholdInput,
} from '@thuis/domain';
import type { z } from 'zod';
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

export type SubNeighbourhoodInput = { name: string };
export type HourBudgetLines = z.output<typeof hoursOverviewResponse>['lines'];

export const addressesApi = {
  buildings: (id: string) => api(`${base(id)}/buildings`, { schema: buildingList }).then((r) => r.buildings),
  createBuilding: (id: string, input: BuildingInput) => api(`${base(id)}/buildings`, { method: 'POST', body: input, schema: building }),
  updateBuilding: (id: string, groupingId: string, input: BuildingInput) =>
    api(`${base(id)}/buildings/${part(groupingId)}`, { method: 'PUT', body: input, schema: building }),
  deleteBuilding: (id: string, groupingId: string) => api(`${base(id)}/buildings/${part(groupingId)}`, { method: 'DELETE' }),

  subNeighbourhoods: (id: string) => api(`${base(id)}/sub-neighbourhoods`, { schema: subNeighbourhoodList }).then((r) => r.subNeighbourhoods),
  createSubNeighbourhood: (id: string, input: SubNeighbourhoodInput) =>
    api(`${base(id)}/sub-neighbourhoods`, { method: 'POST', body: input, schema: subNeighbourhood }),
  updateSubNeighbourhood: (id: string, groupingId: string, input: SubNeighbourhoodInput) =>
    api(`${base(id)}/sub-neighbourhoods/${part(groupingId)}`, { method: 'PUT', body: input, schema: subNeighbourhood }),
  deleteSubNeighbourhood: (id: string, groupingId: string) => api(`${base(id)}/sub-neighbourhoods/${part(groupingId)}`, { method: 'DELETE' }),

  buildingPhases: (id: string) => api(`${base(id)}/building-phases`, { schema: buildingPhaseList }).then((r) => r.buildingPhases),
  createBuildingPhase: (id: string, input: BuildingPhaseInput) => api(`${base(id)}/building-phases`, { method: 'POST', body: input, schema: buildingPhase }),
  updateBuildingPhase: (id: string, groupingId: string, input: BuildingPhaseInput) =>
    api(`${base(id)}/building-phases/${part(groupingId)}`, { method: 'PUT', body: input, schema: buildingPhase }),
  deleteBuildingPhase: (id: string, groupingId: string) => api(`${base(id)}/building-phases/${part(groupingId)}`, { method: 'DELETE' }),

  addresses: (id: string, query: AddressQuery) => api(`${base(id)}/addresses?${addressQueryString(query)}`, { schema: addressPage }),
  address: (id: string, addressId: string) => api(`${base(id)}/addresses/${addressId}`, { schema: address }),
  assign: (id: string, input: AssignInput) => api(`${base(id)}/addresses/assign`, { method: 'POST', body: input, schema: assignResult }),

  households: (id: string, addressId: string) =>
    api(`${base(id)}/addresses/${part(addressId)}/households`, { schema: householdList }).then((r) => r.households),
  createHousehold: (id: string, addressId: string, input: HouseholdInput) =>
    api(`${base(id)}/addresses/${part(addressId)}/households`, { method: 'POST', body: input, schema: household }),
  updateHousehold: (id: string, householdId: string, input: HouseholdInput) =>
    api(`${base(id)}/households/${part(householdId)}`, { method: 'PUT', body: input, schema: household }),
  householdContact: (id: string, householdId: string) => api(`${base(id)}/households/${part(householdId)}/contact`, { schema: householdContact }),

  uploadImport: (id: string, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return api(`${base(id)}/imports`, { method: 'POST', body: form, schema: importJob });
  },
  importJob: (id: string, importId: string) => api(`${base(id)}/imports/${part(importId)}`, { schema: importJob }),
  setImportFormat: (id: string, importId: string, format: FileFormat) =>
    api(`${base(id)}/imports/${part(importId)}/format`, { method: 'PUT', body: format, schema: importJob }),
  saveMapping: (id: string, importId: string, mapping: ColumnMapping) =>
    api(`${base(id)}/imports/${part(importId)}/mapping`, { method: 'PUT', body: { mapping }, schema: importJob }),
  commitImport: (id: string, importId: string) => api(`${base(id)}/imports/${part(importId)}/commit`, { method: 'POST', schema: importJob }),

  plan: (id: string) => api(`${base(id)}/plan`, { schema: projectPlan }),
  hours: (id: string) => api(`${base(id)}/hours`, { schema: hoursOverviewResponse }),
  saveBudget: (id: string, lines: HourBudgetLines) => api(`${base(id)}/hours/budget`, { method: 'PUT', body: { lines } }),
  bookHours: (id: string, input: HourBookingInput) => api(`${base(id)}/hours/bookings`, { method: 'POST', body: input }),
  deleteBooking: (id: string, bookingId: string) => api(`${base(id)}/hours/bookings/${part(bookingId)}`, { method: 'DELETE' }),
};

/** Download links (plain GET; the browser saves the file). */
export const exportUrl = (id: string, what: 'addresses' | 'plan' | 'hours', format: 'csv' | 'xlsx') => `${base(id)}/exports/${what}?format=${format}`;
