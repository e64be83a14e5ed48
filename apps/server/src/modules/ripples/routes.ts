import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  idParams,
  okResponse,
  rippleEdgeInput,
  rippleEdgeParams,
  rippleMapDetail,
  rippleMapInput,
  rippleMapPage,
  rippleMapParams,
  rippleMapQuery,
  rippleMapStatusInput,
  rippleNodeInput,
  rippleNodeParams,
  rippleSubjects,
} from '@thuis/domain';
import { access } from '../../platform/access/route-access.js';
import type { AppContext } from '../../platform/context.js';
import { deleteRippleMap } from './delete-ripple-map.js';
import { getRippleMap } from './get-ripple-map.js';
import { listRippleMaps } from './list-ripple-maps.js';
import { listRippleSubjects } from './list-ripple-subjects.js';
import { createRippleMap, updateRippleMap } from './save-ripple-map.js';
import { addRippleEdge, deleteRippleEdge } from './save-ripple-edge.js';
import { addRippleNode, deleteRippleNode, updateRippleNode } from './save-ripple-node.js';
import { setRippleMapStatus } from './set-ripple-map-status.js';
import { actorOf } from '../../platform/access/plugin.js';

export const rippleRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['ripples'];
    const read = { access: access.project('ripples.read') };
    const draw = { access: access.project('ripples.draw') };
    const finish = { access: access.project('ripples.finish') };
    const base = '/api/projects/:id/ripple-maps';
    app.get(base, { config: read, schema: { tags, params: idParams, querystring: rippleMapQuery, response: { 200: rippleMapPage } } }, async (request) =>
      listRippleMaps(ctx, { actor: actorOf(request), projectId: request.params.id, page: request.query }),
    );
    app.get(`${base}/subjects`, { config: draw, schema: { tags, params: idParams, response: { 200: rippleSubjects } } }, async (request) =>
      listRippleSubjects(ctx, { actor: actorOf(request), projectId: request.params.id }),
    );
    app.post(base, { config: draw, schema: { tags, params: idParams, body: rippleMapInput, response: { 201: rippleMapDetail } } }, async (request, reply) =>
      reply.code(201).send(await createRippleMap(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body })),
    );
    app.get(`${base}/:mapId`, { config: read, schema: { tags, params: rippleMapParams, response: { 200: rippleMapDetail } } }, async (request) =>
      getRippleMap(ctx, { actor: actorOf(request), projectId: request.params.id, mapId: request.params.mapId }),
    );
    app.put(
      `${base}/:mapId`,
      { config: draw, schema: { tags, params: rippleMapParams, body: rippleMapInput, response: { 200: rippleMapDetail } } },
      async (request) => updateRippleMap(ctx, { actor: actorOf(request), projectId: request.params.id, mapId: request.params.mapId, input: request.body }),
    );
    app.put(
      `${base}/:mapId/status`,
      { config: finish, schema: { tags, params: rippleMapParams, body: rippleMapStatusInput, response: { 200: rippleMapDetail } } },
      async (request) =>
        setRippleMapStatus(ctx, { actor: actorOf(request), projectId: request.params.id, mapId: request.params.mapId, status: request.body.status }),
    );
    app.delete(`${base}/:mapId`, { config: finish, schema: { tags, params: rippleMapParams, response: { 200: okResponse } } }, async (request) =>
      deleteRippleMap(ctx, { actor: actorOf(request), projectId: request.params.id, mapId: request.params.mapId }),
    );
    app.post(
      `${base}/:mapId/nodes`,
      { config: draw, schema: { tags, params: rippleMapParams, body: rippleNodeInput, response: { 201: rippleMapDetail } } },
      async (request, reply) =>
        reply
          .code(201)
          .send(await addRippleNode(ctx, { actor: actorOf(request), projectId: request.params.id, mapId: request.params.mapId, input: request.body })),
    );
    app.put(
      `${base}/:mapId/nodes/:nodeId`,
      { config: draw, schema: { tags, params: rippleNodeParams, body: rippleNodeInput, response: { 200: rippleMapDetail } } },
      async (request) =>
        updateRippleNode(ctx, {
          actor: actorOf(request),
          projectId: request.params.id,
          mapId: request.params.mapId,
          nodeId: request.params.nodeId,
          input: request.body,
        }),
    );
    app.delete(
      `${base}/:mapId/nodes/:nodeId`,
      { config: draw, schema: { tags, params: rippleNodeParams, response: { 200: rippleMapDetail } } },
      async (request) =>
        deleteRippleNode(ctx, { actor: actorOf(request), projectId: request.params.id, mapId: request.params.mapId, nodeId: request.params.nodeId }),
    );
    app.post(
      `${base}/:mapId/edges`,
      { config: draw, schema: { tags, params: rippleMapParams, body: rippleEdgeInput, response: { 201: rippleMapDetail } } },
      async (request, reply) =>
        reply
          .code(201)
          .send(await addRippleEdge(ctx, { actor: actorOf(request), projectId: request.params.id, mapId: request.params.mapId, input: request.body })),
    );
    app.delete(
      `${base}/:mapId/edges/:edgeId`,
      { config: draw, schema: { tags, params: rippleEdgeParams, response: { 200: rippleMapDetail } } },
      async (request) =>
        deleteRippleEdge(ctx, { actor: actorOf(request), projectId: request.params.id, mapId: request.params.mapId, edgeId: request.params.edgeId }),
    );
  };
