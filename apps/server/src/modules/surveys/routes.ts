import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  idParams,
  okResponse,
  surveyLinkForm,
  surveyLinkOpenInput,
  surveyLinkRespondInput,
  surveyOverview,
  surveyResponseInput,
  surveyResponseList,
  surveyResults,
  surveyRound,
  surveyRoundDetail,
  surveyRoundInput,
  surveyRoundParams,
  surveyVersion,
  surveyVersionInput,
} from '@thuis/domain';
import { access } from '../../platform/access/route-access.js';
import { requestLocale, translatorFor } from '../../platform/i18n/translate.js';
import type { AppContext } from '../../platform/context.js';
import { getSurveyResults } from './get-survey-results.js';
import { getSurveyRound } from './get-survey-round.js';
import { listSurveyResponses } from './list-survey-responses.js';
import { listSurveys } from './list-surveys.js';
import { recordSurveyResponse } from './record-survey-response.js';
import { createSurveyRound } from './save-survey-round.js';
import { saveSurveyVersion } from './save-survey-version.js';
import { printSurveyLetters } from './print-survey-letters.js';
import { openSurveyLink, respondToSurveyLink } from './survey-links.js';
import { actorOf } from '../../platform/access/plugin.js';

export const surveyRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['surveys'];
    const results = { access: access.project('surveys.results.read') };
    const manage = { access: access.project('surveys.manage') };
    const respond = { access: access.project('surveys.respond') };
    app.get('/api/projects/:id/surveys', { config: results, schema: { tags, params: idParams, response: { 200: surveyOverview } } }, async (request) =>
      listSurveys(ctx, { actor: actorOf(request), projectId: request.params.id }),
    );
    app.get('/api/projects/:id/surveys/results', { config: results, schema: { tags, params: idParams, response: { 200: surveyResults } } }, async (request) =>
      getSurveyResults(ctx, { actor: actorOf(request), projectId: request.params.id }),
    );
    app.post(
      '/api/projects/:id/surveys/versions',
      { config: manage, schema: { tags, params: idParams, body: surveyVersionInput, response: { 201: surveyVersion } } },
      async (request, reply) => reply.code(201).send(await saveSurveyVersion(ctx, { actor: actorOf(request), projectId: request.params.id, ...request.body })),
    );
    app.post(
      '/api/projects/:id/surveys/rounds',
      { config: manage, schema: { tags, params: idParams, body: surveyRoundInput, response: { 201: surveyRound } } },
      async (request, reply) =>
        reply.code(201).send(await createSurveyRound(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body })),
    );
    app.get(
      '/api/projects/:id/surveys/rounds/:roundId',
      { config: respond, schema: { tags, params: surveyRoundParams, response: { 200: surveyRoundDetail } } },
      async (request) => getSurveyRound(ctx, { actor: actorOf(request), projectId: request.params.id, roundId: request.params.roundId }),
    );
    app.post(
      '/api/projects/:id/surveys/rounds/:roundId/responses',
      { config: respond, schema: { tags, params: surveyRoundParams, body: surveyResponseInput, response: { 201: okResponse } } },
      async (request, reply) =>
        reply
          .code(201)
          .send(await recordSurveyResponse(ctx, { actor: actorOf(request), projectId: request.params.id, roundId: request.params.roundId, ...request.body })),
    );
    app.get(
      '/api/projects/:id/surveys/rounds/:roundId/responses',
      { config: { access: access.project('surveys.responses.read') }, schema: { tags, params: surveyRoundParams, response: { 200: surveyResponseList } } },
      async (request) => listSurveyResponses(ctx, { actor: actorOf(request), projectId: request.params.id, roundId: request.params.roundId }),
    );
    // New personal links for the households that have not answered, as letters with a QR code (handed out once, not kept).
    app.post('/api/projects/:id/surveys/rounds/:roundId/letters', { config: manage, schema: { tags, params: surveyRoundParams } }, async (request, reply) => {
      const locale = requestLocale(request.headers['accept-language'], request.actorLocale);
      const { pdf, fileName } = await printSurveyLetters(ctx, {
        actor: actorOf(request),
        projectId: request.params.id,
        roundId: request.params.roundId,
        t: translatorFor(locale),
        locale,
      });
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${fileName}"`).header('cache-control', 'no-store').send(pdf);
    });

    // The resident's link: public, the secret in the body (never in a logged URL), guessing throttled.
    app.post(
      '/api/survey-links/open',
      { config: { access: access.public }, schema: { tags, body: surveyLinkOpenInput, response: { 200: surveyLinkForm } } },
      async (request) => openSurveyLink(ctx, { token: request.body.token, ip: request.ip }),
    );
    app.post(
      '/api/survey-links/respond',
      { config: { access: access.public }, schema: { tags, body: surveyLinkRespondInput, response: { 201: okResponse } } },
      async (request, reply) =>
        reply.code(201).send(await respondToSurveyLink(ctx, { token: request.body.token, answers: request.body.answers, ip: request.ip })),
    );
  };
