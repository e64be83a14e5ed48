import { isUuid } from '../../lib/ids';

/** The selection of registrations on the picture page, as kept in the page's address (a link shows the same selection). */
export interface PictureFilters {
  buildingPhaseId?: string;
  subNeighbourhoodId?: string;
  ageGroup?: string;
  formVersionId?: string;
}

export const pictureFilterKeys = ['buildingPhaseId', 'subNeighbourhoodId', 'ageGroup', 'formVersionId'] as const;

// An answer option key of the registration form.
const optionKey = /^[a-z0-9][a-z0-9_]{0,39}$/;

/** Reads the selection from the query string; malformed values are left out rather than sent to the server. */
export function pictureFiltersFromParams(params: URLSearchParams): PictureFilters {
  const filters: PictureFilters = {};
  const buildingPhaseId = params.get('buildingPhaseId');
  if (isUuid(buildingPhaseId)) filters.buildingPhaseId = buildingPhaseId;
  const subNeighbourhoodId = params.get('subNeighbourhoodId');
  if (isUuid(subNeighbourhoodId)) filters.subNeighbourhoodId = subNeighbourhoodId;
  const ageGroup = params.get('ageGroup');
  if (ageGroup && optionKey.test(ageGroup)) filters.ageGroup = ageGroup;
  const formVersionId = params.get('formVersionId');
  if (isUuid(formVersionId)) filters.formVersionId = formVersionId;
  return filters;
}

/** The query string for GET /picture/overview, in a fixed order (also the cache key). */
export function pictureQueryString(filters: PictureFilters): string {
  const params = new URLSearchParams();
  for (const key of pictureFilterKeys) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return params.toString();
}

export function hasPictureFilters(filters: PictureFilters): boolean {
  return pictureFilterKeys.some((key) => !!filters[key]);
}
