import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams, retentionInput, retentionView } from '@thuis/domain';
import { actorOf } from '../../platform/access/plugin.js';
import { access } from '../../platform/access/route-access.js';
import type { AppContext } from '../../platform/context.js';
import { getRetention } from './get-retention.js';
import { saveRetention } from './save-retention.js';

export const retentionRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['retention'];
    const leader = { access: access.project('project.update') };
    app.get('/api/projects/:id/retention', { config: leader, schema: { tags, params: idParams, response: { 200: retentionView } } }, async (request) =>
      getRetention(ctx, { actor: actorOf(request), projectId: request.params.id }),
    );
    app.put(
      '/api/projects/:id/retention',
      { config: leader, schema: { tags, params: idParams, body: retentionInput, response: { 200: retentionView } } },
      async (request) => saveRetention(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body }),
    );
  };
