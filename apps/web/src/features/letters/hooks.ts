import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LetterTemplateInput } from '@thuis/domain';
import { visitKeys } from '../visits/hooks';
import { lettersApi } from './api';

export const letterKeys = {
  template: (id: string) => ['projects', id, 'letter-template'] as const,
  job: (id: string, jobId: string) => ['projects', id, 'letter-jobs', jobId] as const,
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

export function useRequestLetters(projectId: string) {
  return useMutation({ mutationFn: (visitIds: string[]) => lettersApi.request(projectId, visitIds) });
}

/** A batch of letters being made, followed until it is done or failed. */
export function useLetterJob(projectId: string, jobId: string | null) {
  return useQuery({
    queryKey: letterKeys.job(projectId, jobId ?? ''),
    enabled: jobId !== null,
    queryFn: () => lettersApi.job(projectId, jobId!),
    refetchInterval: (query) => (query.state.data?.status === 'done' || query.state.data?.status === 'failed' ? false : 500),
  });
}

/** Marks a made batch as sent, after printing; the visits then show their invitation (and leave the next batch). */
export function useMarkLettersSent(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (jobId: string) => lettersApi.markSent(projectId, jobId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: visitKeys.all(projectId) }),
  });
}
