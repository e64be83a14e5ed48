import {
  building,
  buildingList,
  buildingPhase,
  buildingPhaseList,
  subNeighbourhood,
  subNeighbourhoodList,
  type BuildingInput,
  type BuildingPhaseInput,
} from '@thuis/domain';
import { api } from '../../lib/api';

const base = (id: string) => `/api/projects/${encodeURIComponent(id)}`;
const part = (value: string) => encodeURIComponent(value);

export type SubNeighbourhoodInput = { name: string };

/** Buildings, sub-neighbourhoods and building phases of a project (the server's groupings module). */
export const groupingsApi = {
  buildings: (id: string) => api(`${base(id)}/buildings`, { schema: buildingList }).then((r) => r.buildings),
  createBuilding: (id: string, input: BuildingInput) => api(`${base(id)}/buildings`, { method: 'POST', body: input, schema: building }),
  updateBuilding: (id: string, groupingId: string, input: BuildingInput) =>
    api(`${base(id)}/buildings/${part(groupingId)}`, { method: 'PUT', body: input, schema: building }),
  deleteBuilding: (id: string, groupingId: string) => api(`${base(id)}/buildings/${part(groupingId)}`, { method: 'DELETE' }),
  subNeighbourhoods: (id: string) => api(`${base(id)}/sub-neighbourhoods`, { schema: subNeighbourhoodList }).then((r) => r.subNeighbourhoods),
  createSubNeighbourhood: (id: string, input: SubNeighbourhoodInput) =>
    api(`${base(id)}/sub-neighbourhoods`, { method: 'POST', body: input, schema: subNeighbourhood }),
  updateSubNeighbourhood: (id: string, groupingId: string, input: SubNeighbourhoodInput) =>
    api(`${base(id)}/sub-neighbourhoods/${part(groupingId)}`, { method: 'PUT', body: input, schema: subNeighbourhood }),
  deleteSubNeighbourhood: (id: string, groupingId: string) => api(`${base(id)}/sub-neighbourhoods/${part(groupingId)}`, { method: 'DELETE' }),
  buildingPhases: (id: string) => api(`${base(id)}/building-phases`, { schema: buildingPhaseList }).then((r) => r.buildingPhases),
  createBuildingPhase: (id: string, input: BuildingPhaseInput) => api(`${base(id)}/building-phases`, { method: 'POST', body: input, schema: buildingPhase }),
  updateBuildingPhase: (id: string, groupingId: string, input: BuildingPhaseInput) =>
    api(`${base(id)}/building-phases/${part(groupingId)}`, { method: 'PUT', body: input, schema: buildingPhase }),
  deleteBuildingPhase: (id: string, groupingId: string) => api(`${base(id)}/building-phases/${part(groupingId)}`, { method: 'DELETE' }),
};
