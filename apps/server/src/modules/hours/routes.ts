import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { hourBookingInput, hourBudgetInput, hoursOverviewResponse, idParams, uuid } from '@thuis/domain';
import { access } from '../../platform/access/route-access.js';
import type { AppContext } from '../../platform/context.js';
import { bookHours, deleteHourBooking } from './book-hours.js';
import { getHours } from './get-hours.js';
import { saveHourBudget } from './save-hour-budget.js';
import { actorOf } from '../../platform/access/plugin.js';

const bookingParams = z.object({ id: uuid, bookingId: uuid });

export const hoursRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['hours'];
    app.get(
      '/api/projects/:id/hours',
      { config: { access: access.project('hours.read') }, schema: { tags, params: idParams, response: { 200: hoursOverviewResponse } } },
      async (request) => getHours(ctx, { actor: actorOf(request), projectId: request.params.id }),
    );
    app.put(
      '/api/projects/:id/hours/budget',
      {
        config: { access: access.project('hours.manage') },
        schema: { tags, params: idParams, body: hourBudgetInput, response: { 200: hoursOverviewResponse } },
      },
      async (request) => {
        await saveHourBudget(ctx, { actor: actorOf(request), projectId: request.params.id, lines: request.body.lines });
        return getHours(ctx, { actor: actorOf(request), projectId: request.params.id });
      },
    );
    app.post(
      '/api/projects/:id/hours/bookings',
      {
        config: { access: access.project('hours.book') },
        schema: { tags, params: idParams, body: hourBookingInput, response: { 201: hoursOverviewResponse } },
      },
      async (request, reply) => {
        await bookHours(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body });
        return reply.code(201).send(await getHours(ctx, { actor: actorOf(request), projectId: request.params.id }));
      },
    );
    app.delete(
      '/api/projects/:id/hours/bookings/:bookingId',
      { config: { access: access.project('hours.book') }, schema: { tags, params: bookingParams, response: { 200: hoursOverviewResponse } } },
      async (request) => {
        await deleteHourBooking(ctx, { actor: actorOf(request), projectId: request.params.id, bookingId: request.params.bookingId });
        return getHours(ctx, { actor: actorOf(request), projectId: request.params.id });
      },
    );
  };
