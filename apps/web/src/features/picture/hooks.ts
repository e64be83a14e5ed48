import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { pictureApi } from './api';
import { pictureQueryString, type PictureFilters } from './filters';

export const pictureKeys = {
  all: (id: string) => ['projects', id, 'picture'] as const,
  overview: (id: string, filters: PictureFilters) => ['projects', id, 'picture', 'overview', pictureQueryString(filters)] as const,
};

/** The registrations of the selection, counted and pooled; the previous selection stays on screen while the next loads. */
export function useRegistrationOverview(projectId: string, filters: PictureFilters) {
  return useQuery({
    queryKey: pictureKeys.overview(projectId, filters),
    queryFn: () => pictureApi.overview(projectId, filters),
    placeholderData: keepPreviousData,
  });
}
