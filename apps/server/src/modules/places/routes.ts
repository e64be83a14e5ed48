import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  homePositionInput,
  homePositionParams,
  idParams,
  mapHome,
  mapHomeFilter,
  mapHomePage,
  mapTiles,
  okResponse,
  place,
  placeInput,
  placeList,
  placeParams,
} from '@thuis/domain';
import { access } from '../../platform/access/route-access.js';
import type { AppContext } from '../../platform/context.js';
import { createPlace } from './create-place.js';
import { deletePlace } from './delete-place.js';
import { listMapHomes } from './list-map-homes.js';
import { listPlaces } from './list-places.js';
import { setHomePosition } from './set-home-position.js';
import { updatePlace } from './update-place.js';
import { actorOf } from '../../platform/access/plugin.js';

export const placeRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['places'];
    app.get('/api/map/tiles', { config: { access: access.authenticated }, schema: { tags, response: { 200: mapTiles } } }, async () => ({
      tiles: ctx.config.mapTiles ?? null,
    }));
    app.get(
      '/api/projects/:id/places',
      { config: { access: access.project('places.read') }, schema: { tags, params: idParams, response: { 200: placeList } } },
      async (request) => ({
        places: await listPlaces(ctx, { actor: actorOf(request), projectId: request.params.id }),
      }),
    );
    app.post(
      '/api/projects/:id/places',
      { config: { access: access.project('places.manage') }, schema: { tags, params: idParams, body: placeInput, response: { 201: place } } },
      async (request, reply) => reply.code(201).send(await createPlace(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body })),
    );
    app.put(
      '/api/projects/:id/places/:placeId',
      { config: { access: access.project('places.manage') }, schema: { tags, params: placeParams, body: placeInput, response: { 200: place } } },
      async (request) => updatePlace(ctx, { actor: actorOf(request), projectId: request.params.id, placeId: request.params.placeId, input: request.body }),
    );
    app.delete(
      '/api/projects/:id/places/:placeId',
      { config: { access: access.project('places.manage') }, schema: { tags, params: placeParams, response: { 200: okResponse } } },
      async (request) => {
        await deletePlace(ctx, { actor: actorOf(request), projectId: request.params.id, placeId: request.params.placeId });
        return { ok: true as const };
      },
    );
    app.get(
      '/api/projects/:id/map/homes',
      { config: { access: access.project('addresses.read') }, schema: { tags, params: idParams, querystring: mapHomeFilter, response: { 200: mapHomePage } } },
      async (request) => listMapHomes(ctx, { actor: actorOf(request), projectId: request.params.id, page: request.query }),
    );
    app.put(
      '/api/projects/:id/addresses/:addressId/position',
      {
        config: { access: access.project('addresses.manage') },
        schema: { tags, params: homePositionParams, body: homePositionInput, response: { 200: mapHome } },
      },
      async (request) =>
        setHomePosition(ctx, { actor: actorOf(request), projectId: request.params.id, addressId: request.params.addressId, position: request.body }),
    );
  };
