import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BeforeAfterSettings, MeasurementInput } from '@thuis/domain';
import { beforeAfterApi } from './api';

export const beforeAfterKeys = {
  all: (id: string) => ['projects', id, 'before-after'] as const,
  settings: (id: string) => ['projects', id, 'before-after', 'settings'] as const,
  report: (id: string) => ['projects', id, 'before-after', 'report'] as const,
};

export function useBeforeAfterSettings(projectId: string, enabled = true) {
  return useQuery({ queryKey: beforeAfterKeys.settings(projectId), queryFn: () => beforeAfterApi.settings(projectId), enabled });
}

export function useBeforeAfterReport(projectId: string, enabled = true) {
  return useQuery({ queryKey: beforeAfterKeys.report(projectId), queryFn: () => beforeAfterApi.report(projectId), enabled });
}

export function useSaveBeforeAfterSettings(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BeforeAfterSettings) => beforeAfterApi.saveSettings(projectId, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: beforeAfterKeys.all(projectId) }),
  });
}

export function useRecordMeasurement(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MeasurementInput) => beforeAfterApi.record(projectId, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: beforeAfterKeys.report(projectId) }),
  });
}
