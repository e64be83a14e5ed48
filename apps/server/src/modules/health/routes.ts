import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { access } from '../../platform/access/route-access.js';
import type { AppContext } from '../../platform/context.js';
import { checkHealth } from './check-health.js';

const healthResponse = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.enum(['reachable', 'unreachable']),
  engine: z.enum(['pglite', 'postgres']),
});

export const healthRoutes =
  (ctx: AppContext, engine: 'pglite' | 'postgres'): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/health',
      { config: { access: access.public }, schema: { tags: ['health'], response: { 200: healthResponse, 503: healthResponse } } },
      async (_request, reply) => {
        const health = await checkHealth(ctx, engine);
        reply.code(health.status === 'ok' ? 200 : 503);
        return health;
      },
    );
  };
