import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
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
} from '@thuis/domain';
import { access } from '../../platform/access/route-access.js';
import type { AppContext } from '../../platform/context.js';
import { listBuildingPhases, listBuildings, listSubNeighbourhoods } from './list-groupings.js';
import { deleteGrouping, saveGrouping } from './save-grouping.js';

export const groupingRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['groupings'];
    const manage = { access: access.project('addresses.manage') };

    app.get('/api/projects/:id/buildings', { config: { access: access.project('addresses.read') }, schema: { tags, params: idParams, response: { 200: buildingList } } }, async (request) => ({
      buildings: await listBuildings(ctx, { actor: request.actor!, projectId: request.params.id }),
    }));
    app.post('/api/projects/:id/buildings', { config: manage, schema: { tags, params: idParams, body: buildingInput, response: { 201: building } } }, async (request, reply) =>
      reply.code(201).send(await saveGrouping(ctx, { actor: request.actor!, projectId: request.params.id, kind: 'buildings', input: request.body })),
    );
    app.put('/api/projects/:id/buildings/:groupingId', { config: manage, schema: { tags, params: groupingParams, body: buildingInput, response: { 200: building } } }, async (request) =>
      saveGrouping(ctx, { actor: request.actor!, projectId: request.params.id, kind: 'buildings', id: request.params.groupingId, input: request.body }),
    );
    app.delete('/api/projects/:id/buildings/:groupingId', { config: manage, schema: { tags, params: groupingParams, response: { 200: okResponse } } }, async (request) => {
      await deleteGrouping(ctx, { actor: request.actor!, projectId: request.params.id, kind: 'buildings', id: request.params.groupingId });
      return { ok: true as const };
    });

    app.get('/api/projects/:id/sub-neighbourhoods', { config: { access: access.project('addresses.read') }, schema: { tags, params: idParams, response: { 200: subNeighbourhoodList } } }, async (request) => ({
      subNeighbourhoods: await listSubNeighbourhoods(ctx, { actor: request.actor!, projectId: request.params.id }),
    }));
    app.post('/api/projects/:id/sub-neighbourhoods', { config: manage, schema: { tags, params: idParams, body: subNeighbourhoodInput, response: { 201: subNeighbourhood } } }, async (request, reply) =>
      reply.code(201).send(await saveGrouping(ctx, { actor: request.actor!, projectId: request.params.id, kind: 'subNeighbourhoods', input: request.body })),
    );
    app.put('/api/projects/:id/sub-neighbourhoods/:groupingId', { config: manage, schema: { tags, params: groupingParams, body: subNeighbourhoodInput, response: { 200: subNeighbourhood } } }, async (request) =>
      saveGrouping(ctx, { actor: request.actor!, projectId: request.params.id, kind: 'subNeighbourhoods', id: request.params.groupingId, input: request.body }),
    );
    app.delete('/api/projects/:id/sub-neighbourhoods/:groupingId', { config: manage, schema: { tags, params: groupingParams, response: { 200: okResponse } } }, async (request) => {
      await deleteGrouping(ctx, { actor: request.actor!, projectId: request.params.id, kind: 'subNeighbourhoods', id: request.params.groupingId });
      return { ok: true as const };
    });

    app.get('/api/projects/:id/building-phases', { config: { access: access.project('plan.read') }, schema: { tags, params: idParams, response: { 200: buildingPhaseList } } }, async (request) => ({
      buildingPhases: await listBuildingPhases(ctx, { actor: request.actor!, projectId: request.params.id }),
    }));
    app.post('/api/projects/:id/building-phases', { config: manage, schema: { tags, params: idParams, body: buildingPhaseInput, response: { 201: buildingPhase } } }, async (request, reply) =>
      reply.code(201).send(await saveGrouping(ctx, { actor: request.actor!, projectId: request.params.id, kind: 'buildingPhases', input: request.body })),
    );
    app.put('/api/projects/:id/building-phases/:groupingId', { config: manage, schema: { tags, params: groupingParams, body: buildingPhaseInput, response: { 200: buildingPhase } } }, async (request) =>
      saveGrouping(ctx, { actor: request.actor!, projectId: request.params.id, kind: 'buildingPhases', id: request.params.groupingId, input: request.body }),
    );
    app.delete('/api/projects/:id/building-phases/:groupingId', { config: manage, schema: { tags, params: groupingParams, response: { 200: okResponse } } }, async (request) => {
      await deleteGrouping(ctx, { actor: request.actor!, projectId: request.params.id, kind: 'buildingPhases', id: request.params.groupingId });
      return { ok: true as const };
    });
  };
