import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { action, actionInput, actionPage, actionParams, actionQuery, actionUpdate, idParams, myReminders } from '@thuis/domain';
import { access } from '../../platform/access/route-access.js';
import type { AppContext } from '../../platform/context.js';
import { createAction } from './create-action.js';
import { listActions } from './list-actions.js';
import { listMyReminders } from './list-my-reminders.js';
import { updateAction } from './update-action.js';
import { actorOf } from '../../platform/access/plugin.js';

export const actionRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['actions'];
    const rule = { access: access.project('actions.manage') };
    app.get(
      '/api/projects/:id/actions',
      { config: rule, schema: { tags, params: idParams, querystring: actionQuery, response: { 200: actionPage } } },
      async (request) => listActions(ctx, { actor: actorOf(request), projectId: request.params.id, query: request.query }),
    );
    app.post(
      '/api/projects/:id/actions',
      { config: rule, schema: { tags, params: idParams, body: actionInput, response: { 201: action } } },
      async (request, reply) => reply.code(201).send(await createAction(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body })),
    );
    app.put(
      '/api/projects/:id/actions/:actionId',
      { config: rule, schema: { tags, params: actionParams, body: actionUpdate, response: { 200: action } } },
      async (request) => updateAction(ctx, { actor: actorOf(request), projectId: request.params.id, actionId: request.params.actionId, input: request.body }),
    );
    app.get('/api/me/reminders', { config: { access: access.authenticated }, schema: { tags, response: { 200: myReminders } } }, async (request) =>
      listMyReminders(ctx, { actor: actorOf(request) }),
    );
  };
