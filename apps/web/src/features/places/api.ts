import { mapHome, mapHomePage, mapTiles, okResponse, place, placeList, type PlaceInput } from '@thuis/domain';
import { api } from '../../lib/api';

const base = (id: string) => `/api/projects/${encodeURIComponent(id)}`;

/** Homes are drawn all at once; a neighbourhood of a renovation project is a few thousand at most. */
const HOMES_PAGE = 5000;

export const placesApi = {
  tiles: () => api('/api/map/tiles', { schema: mapTiles }).then((r) => r.tiles),
  list: (id: string) => api(`${base(id)}/places`, { schema: placeList }).then((r) => r.places),
  create: (id: string, input: PlaceInput) => api(`${base(id)}/places`, { method: 'POST', body: input, schema: place }),
  update: (id: string, placeId: string, input: PlaceInput) =>
    api(`${base(id)}/places/${encodeURIComponent(placeId)}`, { method: 'PUT', body: input, schema: place }),
  remove: (id: string, placeId: string) => api(`${base(id)}/places/${encodeURIComponent(placeId)}`, { method: 'DELETE', schema: okResponse }),
  homes: (id: string) => api(`${base(id)}/map/homes?limit=${HOMES_PAGE}`, { schema: mapHomePage }),
  setHomePosition: (id: string, addressId: string, position: { latitude: number; longitude: number }) =>
    api(`${base(id)}/addresses/${encodeURIComponent(addressId)}/position`, { method: 'PUT', body: position, schema: mapHome }),
};
