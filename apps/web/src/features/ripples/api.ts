import {
  okResponse,
  rippleMapDetail,
  rippleMapPage,
  rippleSubjects,
  type RippleEdgeInput,
  type RippleMapInput,
  type RippleMapStatus,
  type RippleNodeInput,
} from '@thuis/domain';
import { api } from '../../lib/api';

const maps = (id: string) => `/api/projects/${encodeURIComponent(id)}/ripple-maps`;
const map = (id: string, mapId: string) => `${maps(id)}/${encodeURIComponent(mapId)}`;

export const ripplesApi = {
  list: (id: string, offset: number, limit: number) => api(`${maps(id)}?offset=${offset}&limit=${limit}`, { schema: rippleMapPage }),
  subjects: (id: string) => api(`${maps(id)}/subjects`, { schema: rippleSubjects }),
  get: (id: string, mapId: string) => api(map(id, mapId), { schema: rippleMapDetail }),
  create: (id: string, input: RippleMapInput) => api(maps(id), { method: 'POST', body: input, schema: rippleMapDetail }),
  update: (id: string, mapId: string, input: RippleMapInput) => api(map(id, mapId), { method: 'PUT', body: input, schema: rippleMapDetail }),
  setStatus: (id: string, mapId: string, status: RippleMapStatus) =>
    api(`${map(id, mapId)}/status`, { method: 'PUT', body: { status }, schema: rippleMapDetail }),
  remove: (id: string, mapId: string) => api(map(id, mapId), { method: 'DELETE', schema: okResponse }),
  addNode: (id: string, mapId: string, input: RippleNodeInput) => api(`${map(id, mapId)}/nodes`, { method: 'POST', body: input, schema: rippleMapDetail }),
  updateNode: (id: string, mapId: string, nodeId: string, input: RippleNodeInput) =>
    api(`${map(id, mapId)}/nodes/${encodeURIComponent(nodeId)}`, { method: 'PUT', body: input, schema: rippleMapDetail }),
  removeNode: (id: string, mapId: string, nodeId: string) =>
    api(`${map(id, mapId)}/nodes/${encodeURIComponent(nodeId)}`, { method: 'DELETE', schema: rippleMapDetail }),
  addEdge: (id: string, mapId: string, input: RippleEdgeInput) => api(`${map(id, mapId)}/edges`, { method: 'POST', body: input, schema: rippleMapDetail }),
  removeEdge: (id: string, mapId: string, edgeId: string) =>
    api(`${map(id, mapId)}/edges/${encodeURIComponent(edgeId)}`, { method: 'DELETE', schema: rippleMapDetail }),
};
