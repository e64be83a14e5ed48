import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PlaceInput } from '@thuis/domain';
import { placesApi } from './api';

export const placeKeys = {
  tiles: ['map', 'tiles'] as const,
  list: (id: string) => ['projects', id, 'places'] as const,
  homes: (id: string) => ['projects', id, 'map', 'homes'] as const,
};

export function useMapTiles() {
  return useQuery({ queryKey: placeKeys.tiles, queryFn: placesApi.tiles, staleTime: Infinity });
}

export function usePlaces(projectId: string) {
  return useQuery({ queryKey: placeKeys.list(projectId), queryFn: () => placesApi.list(projectId) });
}

export function useMapHomes(projectId: string, enabled: boolean) {
  return useQuery({ queryKey: placeKeys.homes(projectId), queryFn: () => placesApi.homes(projectId), enabled });
}

export function useSavePlace(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ placeId, input }: { placeId: string | null; input: PlaceInput }) =>
      placeId ? placesApi.update(projectId, placeId, input) : placesApi.create(projectId, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: placeKeys.list(projectId) }),
  });
}

export function useDeletePlace(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (placeId: string) => placesApi.remove(projectId, placeId),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: placeKeys.list(projectId) }),
  });
}

export function useSetHomePosition(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ addressId, position }: { addressId: string; position: { latitude: number; longitude: number } }) =>
      placesApi.setHomePosition(projectId, addressId, position),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: placeKeys.homes(projectId) }),
  });
}
