import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CompleteRequestInput, ResidentRequestInput, RetentionInput } from '@thuis/domain';
import { residentRightsApi, type RequestFilters } from './api';

export const residentRightsKeys = {
  all: (id: string) => ['projects', id, 'resident-requests'] as const,
  list: (id: string, filters: RequestFilters) => ['projects', id, 'resident-requests', 'list', filters] as const,
  privacy: (id: string, householdId: string) => ['projects', id, 'resident-requests', 'privacy', householdId] as const,
  retention: (id: string) => ['projects', id, 'retention'] as const,
};

export function useResidentRequests(projectId: string, filters: RequestFilters) {
  return useQuery({
    queryKey: residentRightsKeys.list(projectId, filters),
    queryFn: () => residentRightsApi.list(projectId, filters),
    placeholderData: keepPreviousData,
  });
}

export function useHouseholdPrivacy(projectId: string, householdId: string | undefined) {
  return useQuery({
    queryKey: residentRightsKeys.privacy(projectId, householdId ?? ''),
    queryFn: () => residentRightsApi.privacy(projectId, householdId!),
    enabled: !!householdId,
  });
}

function useInvalidate(projectId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: residentRightsKeys.all(projectId) });
    // Rectification and erasure change the household's contact data; erasure the retention counts.
    void queryClient.invalidateQueries({ queryKey: ['projects', projectId, 'households'] });
    void queryClient.invalidateQueries({ queryKey: ['projects', projectId, 'addresses'] });
    void queryClient.invalidateQueries({ queryKey: residentRightsKeys.retention(projectId) });
  };
}

export function useCreateResidentRequest(projectId: string) {
  const invalidate = useInvalidate(projectId);
  return useMutation({
    mutationFn: ({ householdId, input }: { householdId: string; input: ResidentRequestInput }) => residentRightsApi.create(projectId, householdId, input),
    onSuccess: invalidate,
  });
}

export function useCompleteResidentRequest(projectId: string) {
  const invalidate = useInvalidate(projectId);
  return useMutation({
    mutationFn: ({ requestId, input }: { requestId: string; input: CompleteRequestInput }) => residentRightsApi.complete(projectId, requestId, input),
    onSuccess: invalidate,
  });
}

export function useRetention(projectId: string, enabled = true) {
  return useQuery({ queryKey: residentRightsKeys.retention(projectId), queryFn: () => residentRightsApi.retention(projectId), enabled });
}

export function useSaveRetention(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RetentionInput) => residentRightsApi.saveRetention(projectId, input),
    onSuccess: (view) => queryClient.setQueryData(residentRightsKeys.retention(projectId), view),
  });
}
