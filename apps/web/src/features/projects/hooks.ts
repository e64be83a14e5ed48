import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PhaseInput, PhaseKey, ProjectDetail, ProjectInput } from '@thuis/domain';
import { usePagedList } from '../../ui';
import { projectsApi } from './api';

export const projectKeys = {
  all: ['projects'] as const,
  /** Without `search`: every search of the list (to load them again). */
  list: (search?: string) => (search === undefined ? (['projects', 'list'] as const) : (['projects', 'list', search] as const)),
  detail: (id: string) => ['projects', id] as const,
  partners: (id: string) => ['projects', id, 'partners'] as const,
  team: (id: string) => ['projects', id, 'team'] as const,
  teamContacts: (id: string) => ['projects', id, 'team', 'contacts'] as const,
  teamCandidates: (id: string) => ['projects', id, 'team', 'candidates'] as const,
  socialNotes: (id: string) => ['projects', id, 'social-notes'] as const,
};

/** One's projects, a page at a time; `search` narrows them by name. */
export function useProjects(search: string) {
  return usePagedList({ queryKey: projectKeys.list(search), fetchPage: (cursor) => projectsApi.list(search, cursor) });
}

export function useProject(id: string) {
  return useQuery({ queryKey: projectKeys.detail(id), queryFn: () => projectsApi.get(id) });
}

export function useCreateProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProjectInput) => projectsApi.create(input),
    onSuccess: (project) => {
      queryClient.setQueryData(projectKeys.detail(project.id), project);
      void queryClient.invalidateQueries({ queryKey: projectKeys.list() });
    },
  });
}

export function useUpdateProject(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProjectInput) => projectsApi.update(id, input),
    onSuccess: (project) => {
      queryClient.setQueryData(projectKeys.detail(id), project);
      void queryClient.invalidateQueries({ queryKey: projectKeys.list() });
    },
  });
}

export function useSavePhase(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ phase, input }: { phase: PhaseKey; input: PhaseInput }) => projectsApi.savePhase(id, phase, input),
    onSuccess: (project: ProjectDetail) => {
      queryClient.setQueryData(projectKeys.detail(id), project);
      void queryClient.invalidateQueries({ queryKey: projectKeys.list() });
    },
  });
}
