import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InterimEvaluationInput } from '@thuis/domain';
import { actionKeys } from '../actions/hooks';
import { interimEvaluationsApi } from './api';

export const interimEvaluationKeys = {
  all: (id: string) => ['projects', id, 'interim-evaluations'] as const,
  list: (id: string, page: number, pageSize: number) => ['projects', id, 'interim-evaluations', page, pageSize] as const,
};

export function useInterimEvaluations(projectId: string, page = 1, pageSize = 50, enabled = true) {
  return useQuery({
    queryKey: interimEvaluationKeys.list(projectId, page, pageSize),
    queryFn: () => interimEvaluationsApi.list(projectId, page, pageSize),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Records an evaluation, or with `evaluationId` changes one; its adjustments change the action list too. */
export function useSaveInterimEvaluation(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ evaluationId, input }: { evaluationId?: string; input: InterimEvaluationInput }) =>
      evaluationId ? interimEvaluationsApi.update(projectId, evaluationId, input) : interimEvaluationsApi.create(projectId, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: interimEvaluationKeys.all(projectId) });
      void queryClient.invalidateQueries({ queryKey: actionKeys.all(projectId) });
      void queryClient.invalidateQueries({ queryKey: actionKeys.reminders() });
    },
  });
}

/** Deletes an evaluation; the actions its adjustments became stay on the action list (unlinked). */
export function useDeleteInterimEvaluation(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (evaluationId: string) => interimEvaluationsApi.remove(projectId, evaluationId),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: interimEvaluationKeys.all(projectId) });
      void queryClient.invalidateQueries({ queryKey: actionKeys.all(projectId) });
    },
  });
}
