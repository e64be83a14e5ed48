import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams, signalInput, signalPage, signalQuery, signalReceipt } from '@thuis/domain';
import { access } from '../../platform/access/route-access.js';
import type { AppContext } from '../../platform/context.js';
import { listSignals } from './list-signals.js';
import { reportSignal } from './report-signal.js';
import { actorOf } from '../../platform/access/plugin.js';

export const signalRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['signals'];
    app.post(
      '/api/projects/:id/signals',
      { config: { access: access.project('signals.report') }, schema: { tags, params: idParams, body: signalInput, response: { 201: signalReceipt } } },
      async (request, reply) => reply.code(201).send(await reportSignal(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body })),
    );
    app.get(
      '/api/projects/:id/signals',
      { config: { access: access.project('signals.read') }, schema: { tags, params: idParams, querystring: signalQuery, response: { 200: signalPage } } },
      async (request) => listSignals(ctx, { actor: actorOf(request), projectId: request.params.id, query: request.query }),
    );
  };
