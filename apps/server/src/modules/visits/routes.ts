import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  calendarFeed,
  idParams,
  visit,
  visitInput,
  visitList,
  visitOutcomeInput,
  visitPage,
  visitParams,
  visitProgressResponse,
  visitQuery,
  visitBatchInput,
  visitBatchResult,
  visitSpreadInput,
  visitSpreadProposal,
} from '@thuis/domain';
import { access } from '../../platform/access/route-access.js';
import type { AppContext } from '../../platform/context.js';
import { requestLocale, translatorFor } from '../../platform/i18n/translate.js';
import { createCalendarFeed } from './create-calendar-feed.js';
import { renderCalendarFeed } from './render-calendar-feed.js';
import { getVisitProgress } from './get-visit-progress.js';
import { listVisits } from './list-visits.js';
import { planVisit } from './plan-visit.js';
import { planVisits } from './plan-visits.js';
import { proposeVisits } from './propose-visits.js';
import { recordVisitOutcome } from './record-visit-outcome.js';
import { actorOf } from '../../platform/access/plugin.js';

export const visitRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['visits'];
    const t = (request: { headers: Record<string, unknown>; actorLocale?: 'nl' | 'en' }) =>
      translatorFor(requestLocale(request.headers['accept-language'] as string | undefined, request.actorLocale));

    app.get(
      '/api/projects/:id/visits',
      { config: { access: access.project('visits.read') }, schema: { tags, params: idParams, querystring: visitQuery, response: { 200: visitPage } } },
      async (request) => listVisits(ctx, { actor: actorOf(request), projectId: request.params.id, query: request.query }),
    );
    app.post(
      '/api/projects/:id/visits',
      { config: { access: access.project('visits.plan') }, schema: { tags, params: idParams, body: visitInput, response: { 201: visit } } },
      async (request, reply) =>
        reply.code(201).send(await planVisit(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body, t: t(request) })),
    );
    // Planning a week: first the proposal (nothing saved), then its visits in one go.
    app.post(
      '/api/projects/:id/visits/proposal',
      { config: { access: access.project('visits.plan') }, schema: { tags, params: idParams, body: visitSpreadInput, response: { 200: visitSpreadProposal } } },
      async (request) => proposeVisits(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body }),
    );
    app.post(
      '/api/projects/:id/visits/batch',
      {
        config: { access: access.project('visits.plan') },
        schema: { tags, params: idParams, body: visitBatchInput, response: { 200: visitBatchResult, 201: visitBatchResult } },
      },
      async (request, reply) => {
        const result = await planVisits(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body, t: t(request) });
        return reply.code(result.repeated ? 200 : 201).send(result);
      },
    );
    app.put(
      '/api/projects/:id/visits/:visitId',
      { config: { access: access.project('visits.plan') }, schema: { tags, params: visitParams, body: visitInput, response: { 200: visit } } },
      async (request) =>
        planVisit(ctx, { actor: actorOf(request), projectId: request.params.id, visitId: request.params.visitId, input: request.body, t: t(request) }),
    );
    app.post(
      '/api/projects/:id/visits/:visitId/outcome',
      { config: { access: access.project('visits.record') }, schema: { tags, params: visitParams, body: visitOutcomeInput, response: { 200: visitList } } },
      async (request) => ({
        visits: await recordVisitOutcome(ctx, {
          actor: actorOf(request),
          projectId: request.params.id,
          visitId: request.params.visitId,
          outcome: request.body.outcome,
          retryAt: request.body.retryAt,
        }),
      }),
    );
    app.get(
      '/api/projects/:id/visits/progress',
      { config: { access: access.project('visits.read') }, schema: { tags, params: idParams, response: { 200: visitProgressResponse } } },
      async (request) => getVisitProgress(ctx, { actor: actorOf(request), projectId: request.params.id, t: t(request) }),
    );
    app.post(
      '/api/me/calendar-feed',
      { config: { access: access.authenticated }, schema: { tags, response: { 201: calendarFeed } } },
      async (request, reply) => {
        const token = await createCalendarFeed(ctx, { actor: actorOf(request) });
        return reply.code(201).send({ url: `/api/calendar/${token}.ics` });
      },
    );
    // Calendar apps fetch without a session: the secret in the address is the key.
    app.get(
      '/api/calendar/:file',
      { config: { access: access.public }, schema: { tags, params: z.object({ file: z.string().regex(/^[A-Za-z0-9_-]{20,64}\.ics$/) }) } },
      async (request, reply) => {
        const body = await renderCalendarFeed(ctx, { token: request.params.file.replace(/\.ics$/, ''), t: t(request) });
        return reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, no-store').send(body);
      },
    );
  };
