import type { AssignInput } from '@thuis/domain';

export type Scope = 'ids' | 'street' | 'building';
export type Target = 'buildingPhaseId' | 'buildingId' | 'subNeighbourhoodId';
export const CLEAR = '__clear';

/** Builds the request of the bulk action bar; null when something is still missing (the key of the missing field). */
export function buildAssignInput(values: {
  scope: Scope;
  selectedIds: readonly string[];
  street: string;
  sourceBuildingId: string;
  target: Target;
  value: string;
}): { input: AssignInput } | { missing: 'selection' | 'street' | 'sourceBuildingId' | 'value' } {
  const selection: AssignInput['selection'] | null =
    values.scope === 'ids'
      ? values.selectedIds.length > 0
        ? { by: 'ids', addressIds: [...values.selectedIds] }
        : null
      : values.scope === 'street'
        ? values.street
          ? { by: 'street', street: values.street }
          : null
        : values.sourceBuildingId
          ? { by: 'building', buildingId: values.sourceBuildingId }
          : null;
  if (!selection) return { missing: values.scope === 'ids' ? 'selection' : values.scope === 'street' ? 'street' : 'sourceBuildingId' };
  if (!values.value) return { missing: 'value' };
  return { input: { selection, [values.target]: values.value === CLEAR ? null : values.value } as AssignInput };
}
