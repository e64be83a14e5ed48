import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FitCheckInput, PrivacySettingsInput } from '@thuis/domain';
import { privacyPlanApi } from './api';

const keys = {
  plan: (id: string) => ['projects', id, 'privacy-plan'] as const,
  fitCheck: (id: string) => ['projects', id, 'fit-check'] as const,
};

export function usePrivacyPlan(projectId: string) {
  return useQuery({ queryKey: keys.plan(projectId), queryFn: () => privacyPlanApi.plan(projectId) });
}

export function useSavePrivacySettings(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PrivacySettingsInput) => privacyPlanApi.saveSettings(projectId, input),
    onSuccess: (plan) => queryClient.setQueryData(keys.plan(projectId), plan),
  });
}

export function useSignPrivacyPlan(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (versionHash: string) => privacyPlanApi.sign(projectId, versionHash),
    onSuccess: (plan) => queryClient.setQueryData(keys.plan(projectId), plan),
    // A stale version (409): show the plan as it is now.
    onError: () => void queryClient.invalidateQueries({ queryKey: keys.plan(projectId) }),
  });
}

export function useFitCheck(projectId: string) {
  return useQuery({ queryKey: keys.fitCheck(projectId), queryFn: () => privacyPlanApi.fitCheck(projectId) });
}

export function useSaveFitCheck(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: FitCheckInput) => privacyPlanApi.saveFitCheck(projectId, input),
    onSuccess: (saved) => queryClient.setQueryData(keys.fitCheck(projectId), saved),
  });
}
