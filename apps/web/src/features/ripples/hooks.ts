import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RippleEdgeInput, RippleMapDetail, RippleMapInput, RippleMapStatus, RippleNodeInput } from '@thuis/domain';
import { ripplesApi } from './api';

export const rippleKeys = {
  all: (id: string) => ['projects', id, 'ripple-maps'] as const,
  list: (id: string, offset: number) => ['projects', id, 'ripple-maps', 'list', offset] as const,
  subjects: (id: string) => ['projects', id, 'ripple-maps', 'subjects'] as const,
  map: (id: string, mapId: string) => ['projects', id, 'ripple-maps', 'map', mapId] as const,
};

export const RIPPLE_PAGE = 20;

export function useRippleMaps(projectId: string, offset: number) {
  return useQuery({ queryKey: rippleKeys.list(projectId, offset), queryFn: () => ripplesApi.list(projectId, offset, RIPPLE_PAGE) });
}

export function useRippleSubjects(projectId: string, enabled: boolean) {
  return useQuery({ queryKey: rippleKeys.subjects(projectId), queryFn: () => ripplesApi.subjects(projectId), enabled });
}

export function useRippleMap(projectId: string, mapId: string) {
  return useQuery({ queryKey: rippleKeys.map(projectId, mapId), queryFn: () => ripplesApi.get(projectId, mapId) });
}

export function useCreateRippleMap(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RippleMapInput) => ripplesApi.create(projectId, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: rippleKeys.all(projectId) }),
  });
}

export function useDeleteRippleMap(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mapId: string) => ripplesApi.remove(projectId, mapId),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: rippleKeys.all(projectId) }),
  });
}

export type RippleChange =
  | { kind: 'addNode'; input: RippleNodeInput }
  | { kind: 'updateNode'; nodeId: string; input: RippleNodeInput }
  | { kind: 'removeNode'; nodeId: string }
  | { kind: 'addEdge'; input: RippleEdgeInput }
  | { kind: 'removeEdge'; edgeId: string }
  | { kind: 'status'; status: RippleMapStatus }
  | { kind: 'rename'; input: RippleMapInput };

/** Every change to a map answers with the whole map, which replaces the cached one. */
export function useChangeRippleMap(projectId: string, mapId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: RippleChange): Promise<RippleMapDetail> => {
      switch (change.kind) {
        case 'addNode':
          return ripplesApi.addNode(projectId, mapId, change.input);
        case 'updateNode':
          return ripplesApi.updateNode(projectId, mapId, change.nodeId, change.input);
        case 'removeNode':
          return ripplesApi.removeNode(projectId, mapId, change.nodeId);
        case 'addEdge':
          return ripplesApi.addEdge(projectId, mapId, change.input);
        case 'removeEdge':
          return ripplesApi.removeEdge(projectId, mapId, change.edgeId);
        case 'status':
          return ripplesApi.setStatus(projectId, mapId, change.status);
        case 'rename':
          return ripplesApi.update(projectId, mapId, change.input);
      }
    },
    onSuccess: (map) => {
      queryClient.setQueryData(rippleKeys.map(projectId, mapId), map);
      void queryClient.invalidateQueries({ queryKey: ['projects', projectId, 'ripple-maps', 'list'] });
    },
  });
}
