import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { preparationApi } from './api';

type Part = 'orientation' | 'agreements' | 'task-matrix' | 'joint-goals' | 'communication' | 'training';
export const preparationKeys = {
  part: (id: string, part: Part) => ['projects', id, 'preparation', part] as const,
};

export function useOrientationMeetings(projectId: string, enabled = true) {
  return useQuery({ queryKey: preparationKeys.part(projectId, 'orientation'), queryFn: () => preparationApi.meetings(projectId), enabled });
}
export function useAgreements(projectId: string, enabled = true) {
  return useQuery({ queryKey: preparationKeys.part(projectId, 'agreements'), queryFn: () => preparationApi.agreements(projectId), enabled });
}
export function useTaskMatrix(projectId: string, enabled = true) {
  return useQuery({ queryKey: preparationKeys.part(projectId, 'task-matrix'), queryFn: () => preparationApi.taskMatrix(projectId), enabled });
}
export function useJointGoals(projectId: string, enabled = true) {
  return useQuery({ queryKey: preparationKeys.part(projectId, 'joint-goals'), queryFn: () => preparationApi.goals(projectId), enabled });
}
export function useCommunicationPlan(projectId: string, enabled = true) {
  return useQuery({ queryKey: preparationKeys.part(projectId, 'communication'), queryFn: () => preparationApi.communication(projectId), enabled });
}
export function useTrainingRegister(projectId: string, enabled = true) {
  return useQuery({ queryKey: preparationKeys.part(projectId, 'training'), queryFn: () => preparationApi.training(projectId), enabled });
}

/** A change to one part: refreshes that part (training also the hours, which it books on phase 1). */
export function usePreparationChange<A>(projectId: string, part: Part, change: (args: A) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: preparationKeys.part(projectId, part) });
      if (part === 'training') void queryClient.invalidateQueries({ queryKey: ['projects', projectId, 'hours'] });
    },
  });
}
