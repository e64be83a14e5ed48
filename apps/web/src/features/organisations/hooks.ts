import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OrganisationInput } from '@thuis/domain';
import { organisationsApi } from './api';

export const organisationsKey = ['organisations'] as const;

export function useOrganisations() {
  return useQuery({ queryKey: organisationsKey, queryFn: organisationsApi.list });
}

export function useSaveOrganisation(id: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OrganisationInput) => (id ? organisationsApi.update(id, input) : organisationsApi.create(input)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationsKey }),
  });
}

export function useDeleteOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => organisationsApi.remove(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationsKey }),
  });
}
