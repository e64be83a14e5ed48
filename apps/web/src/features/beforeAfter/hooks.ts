import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BeforeAfterSettings, MeasurementCorrection } from '@thuis/domain';
import { beforeAfterApi } from './api';

export const beforeAfterKeys = {
  all: (id: string) => ['projects', id, 'before-after'] as const,
  settings: (id: string) => ['projects', id, 'before-after', 'settings'] as const,
  report: (id: string) => ['projects', id, 'before-after', 'report'] as const,
  measurements: (id: string, visitId: string) => ['projects', id, 'before-after', 'measurements', visitId] as const,
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

/** The measurements of the household living at a visit (an audited read). */
export function useHouseholdMeasurements(projectId: string, visitId: string, enabled = true) {
  return useQuery({ queryKey: beforeAfterKeys.measurements(projectId, visitId), queryFn: () => beforeAfterApi.measurements(projectId, visitId), enabled });
}

export function useCorrectMeasurement(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ measurementId, input }: { measurementId: string; input: MeasurementCorrection }) => beforeAfterApi.correct(projectId, measurementId, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: beforeAfterKeys.all(projectId) }),
  });
}

export function useDeleteMeasurement(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (measurementId: string) => beforeAfterApi.remove(projectId, measurementId),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: beforeAfterKeys.all(projectId) }),
  });
}
