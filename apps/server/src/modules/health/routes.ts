import { sql } from 'kysely';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { access } from '../../platform/access/route-access.js';
import type { AppContext } from '../../platform/context.js';

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
        const reachable = await sql`select 1`
          .execute(ctx.db)
          .then(() => true)
          .catch(() => false);
        reply.code(reachable ? 200 : 503);
        return { status: reachable ? ('ok' as const) : ('degraded' as const), database: reachable ? ('reachable' as const) : ('unreachable' as const), engine };
      },
    );
  };
