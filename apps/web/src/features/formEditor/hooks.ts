import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormDefinition } from '@thuis/domain';
import { formEditorApi } from './api';

export const formEditorKeys = {
  all: (id: string) => ['projects', id, 'registration-form'] as const,
  current: (id: string) => ['projects', id, 'registration-form', 'current'] as const,
  versions: (id: string) => ['projects', id, 'registration-form', 'versions'] as const,
};

export function useRegistrationForm(projectId: string, enabled = true) {
  return useQuery({ queryKey: formEditorKeys.current(projectId), queryFn: () => formEditorApi.current(projectId), enabled });
}

export function useFormVersions(projectId: string) {
  return useQuery({ queryKey: formEditorKeys.versions(projectId), queryFn: () => formEditorApi.versions(projectId) });
}

export function useSaveRegistrationForm(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (definition: FormDefinition) => formEditorApi.save(projectId, definition),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: formEditorKeys.all(projectId) }),
  });
}
