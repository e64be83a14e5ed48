import { registrationOverview } from '@thuis/domain';
import { api } from '../../lib/api';
import { pictureQueryString, type PictureFilters } from './filters';

const base = (id: string) => `/api/projects/${encodeURIComponent(id)}`;

export const pictureApi = {
  overview: (id: string, filters: PictureFilters) => {
    const query = pictureQueryString(filters);
    return api(`${base(id)}/picture/overview${query ? `?${query}` : ''}`, { schema: registrationOverview });
  },
};
