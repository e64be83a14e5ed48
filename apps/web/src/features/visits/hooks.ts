import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { VisitInput, VisitOutcome } from '@thuis/domain';
import { addressesApi } from '../addresses/api';
import { visitsApi, type VisitListQuery } from './api';

export const visitKeys = {
  all: (id: string) => ['projects', id, 'visits'] as const,
  list: (id: string, query: VisitListQuery) => ['projects', id, 'visits', 'list', query] as const,
  progress: (id: string) => ['projects', id, 'visits', 'progress'] as const,
  addressOptions: (id: string, search: string) => ['projects', id, 'addresses', 'visit-options', search] as const,
};

export function useVisits(projectId: string, query: VisitListQuery) {
  return useQuery({ queryKey: visitKeys.list(projectId, query), queryFn: () => visitsApi.list(projectId, query), placeholderData: keepPreviousData });
}

export function useVisitProgress(projectId: string) {
  return useQuery({ queryKey: visitKeys.progress(projectId), queryFn: () => visitsApi.progress(projectId) });
}

/** Addresses to choose from when planning: the first 500 that match the search. */
export function useVisitAddressOptions(projectId: string, search: string) {
  return useQuery({
    queryKey: visitKeys.addressOptions(projectId, search),
    queryFn: () => addressesApi.addresses(projectId, { offset: 0, limit: 500, search: search || undefined }),
    placeholderData: keepPreviousData,
  });
}

function useInvalidateVisits(projectId: string) {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: visitKeys.all(projectId) });
}

export function useSaveVisit(projectId: string) {
  const invalidate = useInvalidateVisits(projectId);
  return useMutation({
    mutationFn: ({ visitId, input }: { visitId?: string; input: VisitInput }) =>
      visitId ? visitsApi.reschedule(projectId, visitId, input) : visitsApi.plan(projectId, input),
    onSuccess: invalidate,
  });
}

export function useRecordOutcome(projectId: string) {
  const invalidate = useInvalidateVisits(projectId);
  return useMutation({
    mutationFn: ({ visitId, outcome, retryAt }: { visitId: string; outcome: VisitOutcome; retryAt: string | null }) =>
      visitsApi.recordOutcome(projectId, visitId, { outcome, retryAt }),
    onSuccess: invalidate,
  });
}

export function useCreateCalendarFeed() {
  return useMutation({ mutationFn: () => visitsApi.createCalendarFeed() });
}
