import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PartnersInput } from '@thuis/domain';
import { projectsApi } from '../projects/api';
import { projectKeys } from '../projects/hooks';

export function usePartners(projectId: string) {
  return useQuery({ queryKey: projectKeys.partners(projectId), queryFn: () => projectsApi.partners(projectId) });
}

export function useSavePartners(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PartnersInput) => projectsApi.savePartners(projectId, input),
    onSuccess: (partners) => {
      queryClient.setQueryData(projectKeys.partners(projectId), partners);
      // Who can join the team depends on the partners.
      void queryClient.invalidateQueries({ queryKey: projectKeys.teamCandidates(projectId) });
    },
  });
}
