import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ActivityHoursInput, ActivityInput, ActivityReachInput } from '@thuis/domain';
import { activitiesApi } from './api';
import type { ActivityFilters } from './filters';

export const activityKeys = {
  all: (id: string) => ['projects', id, 'activities'] as const,
  list: (id: string, filters: ActivityFilters) => ['projects', id, 'activities', 'list', filters] as const,
  progress: (id: string) => ['projects', id, 'activities', 'progress'] as const,
  detail: (id: string, activityId: string) => ['projects', id, 'activities', 'detail', activityId] as const,
};

export function useActivities(projectId: string, filters: ActivityFilters) {
  return useQuery({
    queryKey: activityKeys.list(projectId, filters),
    queryFn: () => activitiesApi.list(projectId, filters),
    placeholderData: keepPreviousData,
  });
}

export function useActivityProgress(projectId: string, enabled = true) {
  return useQuery({ queryKey: activityKeys.progress(projectId), queryFn: () => activitiesApi.progress(projectId), enabled });
}

export function useActivity(projectId: string, activityId: string | null) {
  return useQuery({
    queryKey: activityKeys.detail(projectId, activityId ?? ''),
    queryFn: () => activitiesApi.get(projectId, activityId!),
    enabled: !!activityId,
  });
}

function useInvalidate(projectId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: activityKeys.all(projectId) });
    // Hours on an activity count on the phase-4 hour line.
    void queryClient.invalidateQueries({ queryKey: ['projects', projectId, 'hours'] });
  };
}

/** Adds an activity, or with `activityId` changes one. */
export function useSaveActivity(projectId: string) {
  const invalidate = useInvalidate(projectId);
  return useMutation({
    mutationFn: ({ activityId, input }: { activityId?: string; input: ActivityInput }) =>
      activityId ? activitiesApi.update(projectId, activityId, input) : activitiesApi.create(projectId, input),
    onSuccess: invalidate,
  });
}

export function useRecordReach(projectId: string, activityId: string) {
  const invalidate = useInvalidate(projectId);
  return useMutation({ mutationFn: (input: ActivityReachInput) => activitiesApi.addReach(projectId, activityId, input), onSuccess: invalidate });
}

export function useBookActivityHours(projectId: string, activityId: string) {
  const invalidate = useInvalidate(projectId);
  return useMutation({ mutationFn: (input: ActivityHoursInput) => activitiesApi.bookHours(projectId, activityId, input), onSuccess: invalidate });
}

export function useDeleteActivity(projectId: string) {
  const invalidate = useInvalidate(projectId);
  return useMutation({ mutationFn: (activityId: string) => activitiesApi.remove(projectId, activityId), onSuccess: invalidate });
}
