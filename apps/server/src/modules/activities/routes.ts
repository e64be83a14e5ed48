import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  activityDetail,
  activityHoursInput,
  activityInput,
  activityList,
  activityParams,
  activityProgress,
  activityQuery,
  activityReachInput,
  activityReachParams,
  idParams,
  okResponse,
} from '@thuis/domain';
import { access } from '../../platform/access/route-access.js';
import type { AppContext } from '../../platform/context.js';
import { bookActivityHours } from './book-activity-hours.js';
import { deleteActivity } from './delete-activity.js';
import { getActivity } from './get-activity.js';
import { getActivityProgress } from './get-activity-progress.js';
import { listActivities } from './list-activities.js';
import { deleteReach, recordReach } from './record-reach.js';
import { createActivity, updateActivity } from './save-activity.js';
import { actorOf } from '../../platform/access/plugin.js';

export const activityRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['activities'];
    const read = { access: access.project('activities.read') };
    const manage = { access: access.project('activities.manage') };
    app.get(
      '/api/projects/:id/activities',
      { config: read, schema: { tags, params: idParams, querystring: activityQuery, response: { 200: activityList } } },
      async (request) => listActivities(ctx, { actor: actorOf(request), projectId: request.params.id, query: request.query }),
    );
    app.post(
      '/api/projects/:id/activities',
      { config: manage, schema: { tags, params: idParams, body: activityInput, response: { 201: activityDetail } } },
      async (request, reply) => reply.code(201).send(await createActivity(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body })),
    );
    app.get(
      '/api/projects/:id/activities/progress',
      { config: read, schema: { tags, params: idParams, response: { 200: activityProgress } } },
      async (request) => getActivityProgress(ctx, { actor: actorOf(request), projectId: request.params.id }),
    );
    app.get(
      '/api/projects/:id/activities/:activityId',
      { config: read, schema: { tags, params: activityParams, response: { 200: activityDetail } } },
      async (request) => getActivity(ctx, { actor: actorOf(request), projectId: request.params.id, activityId: request.params.activityId }),
    );
    app.put(
      '/api/projects/:id/activities/:activityId',
      { config: manage, schema: { tags, params: activityParams, body: activityInput, response: { 200: activityDetail } } },
      async (request) =>
        updateActivity(ctx, { actor: actorOf(request), projectId: request.params.id, activityId: request.params.activityId, input: request.body }),
    );
    app.delete(
      '/api/projects/:id/activities/:activityId',
      { config: manage, schema: { tags, params: activityParams, response: { 200: okResponse } } },
      async (request) => deleteActivity(ctx, { actor: actorOf(request), projectId: request.params.id, activityId: request.params.activityId }),
    );
    app.post(
      '/api/projects/:id/activities/:activityId/reach',
      { config: manage, schema: { tags, params: activityParams, body: activityReachInput, response: { 201: activityDetail } } },
      async (request, reply) =>
        reply
          .code(201)
          .send(await recordReach(ctx, { actor: actorOf(request), projectId: request.params.id, activityId: request.params.activityId, input: request.body })),
    );
    app.delete(
      '/api/projects/:id/activities/:activityId/reach/:reachId',
      { config: manage, schema: { tags, params: activityReachParams, response: { 200: activityDetail } } },
      async (request) =>
        deleteReach(ctx, { actor: actorOf(request), projectId: request.params.id, activityId: request.params.activityId, reachId: request.params.reachId }),
    );
    app.post(
      '/api/projects/:id/activities/:activityId/hours',
      { config: manage, schema: { tags, params: activityParams, body: activityHoursInput, response: { 201: activityDetail } } },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await bookActivityHours(ctx, { actor: actorOf(request), projectId: request.params.id, activityId: request.params.activityId, input: request.body }),
          ),
    );
  };
