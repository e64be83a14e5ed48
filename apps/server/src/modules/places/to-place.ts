import type { Place, PlaceKind } from '@thuis/domain';

export const toPlace = (row: Omit<Place, 'kind' | 'updatedAt'> & { kind: string; updatedAt: Date }): Place => ({
  ...row,
  kind: row.kind as PlaceKind,
  updatedAt: row.updatedAt.toISOString(),
});
