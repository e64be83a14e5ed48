import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '@thuis/domain';
import { access } from '../../platform/access/route-access.js';
import type { AppContext } from '../../platform/context.js';
import { requestLocale, translatorFor } from '../../platform/i18n/translate.js';
import { exportAddresses } from './export-addresses.js';
import { exportHours } from './export-hours.js';
import { exportPlan } from './export-plan.js';
import { actorOf } from '../../platform/access/plugin.js';

const formatQuery = z.object({ format: z.enum(['csv', 'xlsx'], 'errors.choice').default('xlsx') });
const contentTypes = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

export const exportRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['exports'];
    app.get(
      '/api/projects/:id/exports/addresses',
      { config: { access: access.project('addresses.read') }, schema: { tags, params: idParams, querystring: formatQuery } },
      async (request, reply) => {
        const t = translatorFor(requestLocale(request.headers['accept-language'], request.actorLocale));
        const file = await exportAddresses(ctx, { actor: actorOf(request), projectId: request.params.id, format: request.query.format, t });
        return reply
          .type(contentTypes[request.query.format])
          .header('content-disposition', `attachment; filename="adressen.${request.query.format}"`)
          .send(file);
      },
    );
    app.get(
      '/api/projects/:id/exports/plan',
      { config: { access: access.project('plan.read') }, schema: { tags, params: idParams, querystring: formatQuery } },
      async (request, reply) => {
        const t = translatorFor(requestLocale(request.headers['accept-language'], request.actorLocale));
        const file = await exportPlan(ctx, { actor: actorOf(request), projectId: request.params.id, format: request.query.format, t });
        return reply
          .type(contentTypes[request.query.format])
          .header('content-disposition', `attachment; filename="planning.${request.query.format}"`)
          .send(file);
      },
    );
    app.get(
      '/api/projects/:id/exports/hours',
      { config: { access: access.project('hours.read') }, schema: { tags, params: idParams, querystring: formatQuery } },
      async (request, reply) => {
        const t = translatorFor(requestLocale(request.headers['accept-language'], request.actorLocale));
        const file = await exportHours(ctx, { actor: actorOf(request), projectId: request.params.id, format: request.query.format, t });
        return reply.type(contentTypes[request.query.format]).header('content-disposition', `attachment; filename="uren.${request.query.format}"`).send(file);
      },
    );
  };
