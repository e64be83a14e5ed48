import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LetterTemplateInput } from '@thuis/domain';
import { visitKeys } from '../visits/hooks';
import { lettersApi } from './api';

export const letterKeys = {
  template: (id: string) => ['projects', id, 'letter-template'] as const,
};

export function useLetterTemplate(projectId: string) {
  return useQuery({ queryKey: letterKeys.template(projectId), queryFn: () => lettersApi.template(projectId) });
}

export function useSaveLetterTemplate(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LetterTemplateInput) => lettersApi.saveTemplate(projectId, input),
    onSuccess: (saved) => queryClient.setQueryData(letterKeys.template(projectId), saved),
  });
}

export function usePrintLetters(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (visitIds: string[]) => lettersApi.print(projectId, visitIds),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: visitKeys.all(projectId) }),
  });
}
