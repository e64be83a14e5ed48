import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SignalInput } from '@thuis/domain';
import { signalsApi } from './api';

export const signalKeys = {
  list: (id: string) => ['projects', id, 'signals'] as const,
};

export function useSignals(projectId: string, enabled = true) {
  return useQuery({ queryKey: signalKeys.list(projectId), queryFn: () => signalsApi.list(projectId), enabled });
}

export function useReportSignal(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SignalInput) => signalsApi.report(projectId, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: signalKeys.list(projectId) }),
  });
}
