import { z } from 'zod';
import {
  householdPrivacy,
  okResponse,
  residentRequestList,
  retentionView,
  type CompleteRequestInput,
  type ResidentRequestInput,
  type ResidentRequestStatus,
  type RetentionInput,
} from '@thuis/domain';
import { api } from '../../lib/api';

const base = (id: string) => `/api/projects/${encodeURIComponent(id)}`;
const part = (value: string) => encodeURIComponent(value);

export interface RequestFilters {
  householdId?: string;
  status?: ResidentRequestStatus;
  page: number;
}

export const PAGE_SIZE = 50;

export function requestQueryString(filters: RequestFilters): string {
  const params = new URLSearchParams({ page: String(filters.page), pageSize: String(PAGE_SIZE) });
  if (filters.householdId) params.set('householdId', filters.householdId);
  if (filters.status) params.set('status', filters.status);
  return params.toString();
}

/** The requests page for one household, with the way back to its address. */
export const residentRequestsUrl = (id: string, householdId: string, addressId: string) =>
  `/projects/${part(id)}/resident-requests?${new URLSearchParams({ householdId, back: `/projects/${id}/addresses/${addressId}` }).toString()}`;

/** Downloads of an access request: the same export as JSON (machine-readable) and PDF (for the resident). */
export const exportJsonUrl = (id: string, requestId: string) => `${base(id)}/resident-requests/${part(requestId)}/export`;
export const exportPdfUrl = (id: string, requestId: string) => `${base(id)}/resident-requests/${part(requestId)}/export/pdf`;

export const residentRightsApi = {
  list: (id: string, filters: RequestFilters) => api(`${base(id)}/resident-requests?${requestQueryString(filters)}`, { schema: residentRequestList }),
  create: (id: string, householdId: string, input: ResidentRequestInput) =>
    api(`${base(id)}/households/${part(householdId)}/resident-requests`, { method: 'POST', body: input, schema: z.object({ id: z.string() }) }),
  complete: (id: string, requestId: string, input: CompleteRequestInput) =>
    api(`${base(id)}/resident-requests/${part(requestId)}/complete`, { method: 'POST', body: input, schema: okResponse }),
  privacy: (id: string, householdId: string) => api(`${base(id)}/households/${part(householdId)}/privacy`, { schema: householdPrivacy }),
  retention: (id: string) => api(`${base(id)}/retention`, { schema: retentionView }),
  saveRetention: (id: string, input: RetentionInput) => api(`${base(id)}/retention`, { method: 'PUT', body: input, schema: retentionView }),
};
