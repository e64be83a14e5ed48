import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import {
  building,
  buildingInput,
  buildingList,
  buildingPhase,
  buildingPhaseInput,
  buildingPhaseList,
  groupingParams,
  idParams,
  okResponse,
  subNeighbourhood,
  subNeighbourhoodInput,
  subNeighbourhoodList,
  type Actor,
  type ProjectPermission,
} from '@thuis/domain';
import { access } from '../../platform/access/route-access.js';
import type { AppContext } from '../../platform/context.js';
import { listBuildingPhases } from './list-building-phases.js';
import { listBuildings } from './list-buildings.js';
import { listSubNeighbourhoods } from './list-sub-neighbourhoods.js';
import type { GroupingKind } from './repository.js';
import { deleteGrouping } from './delete-grouping.js';
import { saveGrouping } from './save-grouping.js';
import { actorOf } from '../../platform/access/plugin.js';

/** The same four routes for each kind of grouping: list, create, update, delete. */
const kinds: {
  kind: GroupingKind;
  path: string;
  readPermission: ProjectPermission;
  input: z.ZodType;
  item: z.ZodType;
  list: z.ZodType;
  load: (ctx: AppContext, args: { actor: Actor; projectId: string }) => Promise<unknown[]>;
}[] = [
  { kind: 'buildings', path: 'buildings', readPermission: 'addresses.read', input: buildingInput, item: building, list: buildingList, load: listBuildings },
  {
    kind: 'subNeighbourhoods',
    path: 'sub-neighbourhoods',
    readPermission: 'addresses.read',
    input: subNeighbourhoodInput,
    item: subNeighbourhood,
    list: subNeighbourhoodList,
    load: listSubNeighbourhoods,
  },
  // The plan shows building phases to every member.
  {
    kind: 'buildingPhases',
    path: 'building-phases',
    readPermission: 'plan.read',
    input: buildingPhaseInput,
    item: buildingPhase,
    list: buildingPhaseList,
    load: listBuildingPhases,
  },
];

export const groupingRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['groupings'];
    const manage = { access: access.project('addresses.manage') };
    for (const { kind, path, readPermission, input, item, list, load } of kinds) {
      app.get(
        `/api/projects/:id/${path}`,
        { config: { access: access.project(readPermission) }, schema: { tags, params: idParams, response: { 200: list } } },
        async (request) => ({
          [kind]: await load(ctx, { actor: actorOf(request), projectId: request.params.id }),
        }),
      );
      app.post(
        `/api/projects/:id/${path}`,
        { config: manage, schema: { tags, params: idParams, body: input, response: { 201: item } } },
        async (request, reply) =>
          reply.code(201).send(await saveGrouping(ctx, { actor: actorOf(request), projectId: request.params.id, kind, input: request.body as never })),
      );
      app.put(
        `/api/projects/:id/${path}/:groupingId`,
        { config: manage, schema: { tags, params: groupingParams, body: input, response: { 200: item } } },
        async (request) =>
          saveGrouping(ctx, { actor: actorOf(request), projectId: request.params.id, kind, id: request.params.groupingId, input: request.body as never }),
      );
      app.delete(
        `/api/projects/:id/${path}/:groupingId`,
        { config: manage, schema: { tags, params: groupingParams, response: { 200: okResponse } } },
        async (request) => {
          await deleteGrouping(ctx, { actor: actorOf(request), projectId: request.params.id, kind, id: request.params.groupingId });
          return { ok: true as const };
        },
      );
    }
  };
