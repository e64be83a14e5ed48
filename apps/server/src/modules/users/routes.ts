import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accountEventQuery, auditList, idParams, passwordResetResponse, userAccount, userCreateInput, userList, userUpdateInput } from '@thuis/domain';
import { access } from '../../platform/access/route-access.js';
import type { AppContext } from '../../platform/context.js';
import { listAccountEvents } from './list-account-events.js';
import { listUsers } from './list-users.js';
import { resetPassword } from './reset-password.js';
import { saveUser } from './save-user.js';
import { actorOf } from '../../platform/access/plugin.js';

export const userRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['users'];
    const rule = { access: access.account('user.manage') };
    app.get('/api/users', { config: rule, schema: { tags, response: { 200: userList } } }, async (request) => ({
      users: await listUsers(ctx, { actor: actorOf(request) }),
    }));
    app.post('/api/users', { config: rule, schema: { tags, body: userCreateInput, response: { 201: userAccount } } }, async (request, reply) =>
      reply.code(201).send(await saveUser(ctx, { actor: actorOf(request), input: request.body })),
    );
    app.put('/api/users/:id', { config: rule, schema: { tags, params: idParams, body: userUpdateInput, response: { 200: userAccount } } }, async (request) =>
      saveUser(ctx, { actor: actorOf(request), id: request.params.id, input: request.body }),
    );
    app.post('/api/users/:id/password-reset', { config: rule, schema: { tags, params: idParams, response: { 200: passwordResetResponse } } }, async (request) =>
      resetPassword(ctx, { actor: actorOf(request), id: request.params.id }),
    );
    app.get('/api/account-events', { config: rule, schema: { tags, querystring: accountEventQuery, response: { 200: auditList } } }, async (request) =>
      listAccountEvents(ctx, { actor: actorOf(request), query: request.query }),
    );
  };
