import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TeamInput } from '@thuis/domain';
import { projectsApi } from '../projects/api';
import { projectKeys } from '../projects/hooks';

export function useTeam(projectId: string) {
  return useQuery({ queryKey: projectKeys.team(projectId), queryFn: () => projectsApi.team(projectId) });
}

export function useTeamContacts(projectId: string, enabled: boolean) {
  return useQuery({ queryKey: projectKeys.teamContacts(projectId), queryFn: () => projectsApi.teamContacts(projectId), enabled });
}

export function useTeamCandidates(projectId: string, enabled: boolean) {
  return useQuery({
    queryKey: projectKeys.teamCandidates(projectId),
    queryFn: () => projectsApi.teamCandidates(projectId),
    enabled,
  });
}

export function useSaveTeam(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TeamInput) => projectsApi.saveTeam(projectId, input),
    onSuccess: (members) => {
      queryClient.setQueryData(projectKeys.team(projectId), members);
      void queryClient.invalidateQueries({ queryKey: projectKeys.teamContacts(projectId) });
      void queryClient.invalidateQueries({ queryKey: projectKeys.teamCandidates(projectId) });
      // The signed-in user's own role (and permissions) may have changed.
      void queryClient.invalidateQueries({ queryKey: projectKeys.detail(projectId), exact: true });
      void queryClient.invalidateQueries({ queryKey: projectKeys.list() });
    },
  });
}
