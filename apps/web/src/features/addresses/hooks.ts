import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Address, AssignInput, BuildingInput, BuildingPhaseInput, ColumnMapping, FileFormat, HouseholdInput, ImportJob } from '@thuis/domain';
import { addressesApi, type AddressQuery } from './api';
import { groupingsApi, type SubNeighbourhoodInput } from '../groupings/api';
import { importsApi } from '../imports/api';

export const addressKeys = {
  all: (id: string) => ['projects', id, 'addresses'] as const,
  page: (id: string, query: AddressQuery) => ['projects', id, 'addresses', 'page', query] as const,
  households: (id: string, addressId: string) => ['projects', id, 'addresses', 'households', addressId] as const,
  address: (id: string, addressId: string) => ['projects', id, 'addresses', 'one', addressId] as const,
  contact: (id: string, householdId: string) => ['projects', id, 'households', householdId, 'contact'] as const,
  buildings: (id: string) => ['projects', id, 'buildings'] as const,
  subNeighbourhoods: (id: string) => ['projects', id, 'sub-neighbourhoods'] as const,
  buildingPhases: (id: string) => ['projects', id, 'building-phases'] as const,
  importJob: (id: string, importId: string) => ['projects', id, 'imports', importId] as const,
  plan: (id: string) => ['projects', id, 'plan'] as const,
  hours: (id: string) => ['projects', id, 'hours'] as const,
};

export function useBuildings(projectId: string) {
  return useQuery({ queryKey: addressKeys.buildings(projectId), queryFn: () => groupingsApi.buildings(projectId) });
}
export function useSubNeighbourhoods(projectId: string) {
  return useQuery({ queryKey: addressKeys.subNeighbourhoods(projectId), queryFn: () => groupingsApi.subNeighbourhoods(projectId) });
}
export function useBuildingPhases(projectId: string) {
  return useQuery({ queryKey: addressKeys.buildingPhases(projectId), queryFn: () => groupingsApi.buildingPhases(projectId) });
}

/** Everything that shows groupings or counts of addresses is read again after a change. */
function useInvalidateAddressData(projectId: string) {
  const queryClient = useQueryClient();
  return () => {
    for (const key of [
      addressKeys.all(projectId),
      addressKeys.buildings(projectId),
      addressKeys.subNeighbourhoods(projectId),
      addressKeys.buildingPhases(projectId),
      addressKeys.plan(projectId),
      addressKeys.hours(projectId),
    ])
      void queryClient.invalidateQueries({ queryKey: key });
  };
}

export type GroupingKind = 'building' | 'subNeighbourhood' | 'buildingPhase';
export type GroupingInputOf = { building: BuildingInput; subNeighbourhood: SubNeighbourhoodInput; buildingPhase: BuildingPhaseInput };

export function useSaveGrouping<K extends GroupingKind>(projectId: string, kind: K) {
  const invalidate = useInvalidateAddressData(projectId);
  return useMutation({
    mutationFn: async ({ groupingId, input }: { groupingId?: string; input: GroupingInputOf[K] }) => {
      if (kind === 'building') {
        const i = input as BuildingInput;
        return groupingId ? groupingsApi.updateBuilding(projectId, groupingId, i) : groupingsApi.createBuilding(projectId, i);
      }
      if (kind === 'subNeighbourhood') {
        const i = input as SubNeighbourhoodInput;
        return groupingId ? groupingsApi.updateSubNeighbourhood(projectId, groupingId, i) : groupingsApi.createSubNeighbourhood(projectId, i);
      }
      const i = input as BuildingPhaseInput;
      return groupingId ? groupingsApi.updateBuildingPhase(projectId, groupingId, i) : groupingsApi.createBuildingPhase(projectId, i);
    },
    onSuccess: invalidate,
  });
}

export function useDeleteGrouping(projectId: string, kind: GroupingKind) {
  const invalidate = useInvalidateAddressData(projectId);
  return useMutation({
    mutationFn: (groupingId: string) =>
      kind === 'building'
        ? groupingsApi.deleteBuilding(projectId, groupingId)
        : kind === 'subNeighbourhood'
          ? groupingsApi.deleteSubNeighbourhood(projectId, groupingId)
          : groupingsApi.deleteBuildingPhase(projectId, groupingId),
    onSuccess: invalidate,
  });
}

export function useAddresses(projectId: string, query: AddressQuery) {
  return useQuery({
    queryKey: addressKeys.page(projectId, query),
    queryFn: () => addressesApi.addresses(projectId, query),
    placeholderData: keepPreviousData,
  });
}

export function useAssign(projectId: string) {
  const invalidate = useInvalidateAddressData(projectId);
  return useMutation({ mutationFn: (input: AssignInput) => addressesApi.assign(projectId, input), onSuccess: invalidate });
}

/** One address; the list passes it along as `initialData`, a direct visit fetches it. */
export function useAddress(projectId: string, addressId: string, initialData?: Address) {
  return useQuery({
    queryKey: addressKeys.address(projectId, addressId),
    queryFn: () => addressesApi.address(projectId, addressId),
    initialData,
    enabled: !!projectId && !!addressId,
  });
}

export function useHouseholds(projectId: string, addressId: string) {
  return useQuery({ queryKey: addressKeys.households(projectId, addressId), queryFn: () => addressesApi.households(projectId, addressId) });
}

export function useSaveHousehold(projectId: string, addressId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ householdId, input }: { householdId?: string; input: HouseholdInput }) =>
      householdId ? addressesApi.updateHousehold(projectId, householdId, input) : addressesApi.createHousehold(projectId, addressId, input),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: addressKeys.households(projectId, addressId) });
      queryClient.removeQueries({ queryKey: addressKeys.contact(projectId, saved.id) });
      void queryClient.invalidateQueries({ queryKey: addressKeys.all(projectId) });
    },
  });
}

/** Contact data is fetched only on request (every read is audited) and not kept after leaving the page. */
export function useHouseholdContact(projectId: string, householdId: string, enabled: boolean) {
  return useQuery({
    queryKey: addressKeys.contact(projectId, householdId),
    queryFn: () => addressesApi.householdContact(projectId, householdId),
    enabled,
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
}

const busyStatuses: readonly ImportJob['status'][] = ['checking', 'committing'];
export const importIsBusy = (job: ImportJob | undefined) => !!job && busyStatuses.includes(job.status);

/** The import job; polled every 500 ms while the server checks or commits its rows. */
export function useImportJob(projectId: string, importId: string | null) {
  return useQuery({
    queryKey: addressKeys.importJob(projectId, importId ?? ''),
    queryFn: () => importsApi.job(projectId, importId ?? ''),
    enabled: !!importId,
    refetchInterval: (query) => (importIsBusy(query.state.data) ? 500 : false),
  });
}

export function useUploadImport(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => importsApi.upload(projectId, file),
    onSuccess: (job) => queryClient.setQueryData(addressKeys.importJob(projectId, job.id), job),
  });
}

/** Reads the uploaded CSV file again in the chosen character set and separator. */
export function useSetImportFormat(projectId: string, importId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (format: FileFormat) => importsApi.setFormat(projectId, importId, format),
    onSuccess: (job) => queryClient.setQueryData(addressKeys.importJob(projectId, importId), job),
  });
}

export function useSaveMapping(projectId: string, importId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mapping: ColumnMapping) => importsApi.saveMapping(projectId, importId, mapping),
    onSuccess: (job) => queryClient.setQueryData(addressKeys.importJob(projectId, importId), job),
  });
}

export function useCommitImport(projectId: string, importId: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateAddressData(projectId);
  return useMutation({
    mutationFn: () => importsApi.commit(projectId, importId),
    onSuccess: (job) => {
      queryClient.setQueryData(addressKeys.importJob(projectId, importId), job);
      invalidate();
    },
  });
}
