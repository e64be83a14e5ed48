import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ActionPlan, PlanActivityProposal, PlanGoalInput, PlanReviewInput, PlanVersionInput } from '@thuis/domain';
import { actionPlanApi } from './api';

const keys = { plan: (id: string) => ['action-plan', id] as const, sources: (id: string) => ['action-plan', id, 'sources'] as const };

export function useActionPlan(projectId: string) {
  return useQuery({ queryKey: keys.plan(projectId), queryFn: () => actionPlanApi.plan(projectId) });
}

export function usePlanSources(projectId: string, enabled: boolean) {
  return useQuery({ queryKey: keys.sources(projectId), queryFn: () => actionPlanApi.sources(projectId), enabled });
}

/** Every change answers the whole plan: it replaces what the page shows. */
function usePlanMutation<I>(projectId: string, fn: (input: I) => Promise<ActionPlan>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (plan) => {
      queryClient.setQueryData(keys.plan(projectId), plan);
      void queryClient.invalidateQueries({ queryKey: keys.sources(projectId) });
    },
  });
}

export const useStartPlanVersion = (projectId: string) => usePlanMutation(projectId, (input: PlanVersionInput) => actionPlanApi.startVersion(projectId, input));
export const useSavePlanGoal = (projectId: string) =>
  usePlanMutation(projectId, ({ versionId, goalId, input }: { versionId: string; goalId: string | null; input: PlanGoalInput }) =>
    actionPlanApi.saveGoal(projectId, versionId, goalId, input),
  );
export const useDeletePlanGoal = (projectId: string) =>
  usePlanMutation(projectId, ({ versionId, goalId }: { versionId: string; goalId: string }) => actionPlanApi.deleteGoal(projectId, versionId, goalId));
export const useProposePlanActivity = (projectId: string) =>
  usePlanMutation(projectId, ({ versionId, goalId, input }: { versionId: string; goalId: string; input: PlanActivityProposal }) =>
    actionPlanApi.proposeActivity(projectId, versionId, goalId, input),
  );
export const useReviewPlanVersion = (projectId: string) =>
  usePlanMutation(projectId, ({ versionId, input }: { versionId: string; input: PlanReviewInput }) => actionPlanApi.review(projectId, versionId, input));
