import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { projectsApi } from '../projects/api';
import { projectKeys } from '../projects/hooks';

export function useSocialNotes(projectId: string, enabled: boolean) {
  return useQuery({ queryKey: projectKeys.socialNotes(projectId), queryFn: () => projectsApi.socialNotes(projectId), enabled });
}

export function useSaveSocialNotes(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => projectsApi.saveSocialNotes(projectId, text),
    onSuccess: (notes) => queryClient.setQueryData(projectKeys.socialNotes(projectId), notes),
  });
}
