import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  idParams,
  interimEvaluation,
  interimEvaluationInput,
  interimEvaluationList,
  interimEvaluationParams,
  interimEvaluationQuery,
  okResponse,
} from '@thuis/domain';
import { access } from '../../platform/access/route-access.js';
import type { AppContext } from '../../platform/context.js';
import { deleteInterimEvaluation } from './delete-interim-evaluation.js';
import { getInterimEvaluation } from './get-interim-evaluation.js';
import { listInterimEvaluations } from './list-interim-evaluations.js';
import { createInterimEvaluation, updateInterimEvaluation } from './save-interim-evaluation.js';
import { actorOf } from '../../platform/access/plugin.js';

export const interimEvaluationRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['evaluations'];
    const read = { access: access.project('evaluations.read') };
    const write = { access: access.project('evaluations.write') };
    const base = '/api/projects/:id/interim-evaluations';
    app.get(
      base,
      { config: read, schema: { tags, params: idParams, querystring: interimEvaluationQuery, response: { 200: interimEvaluationList } } },
      async (request) => listInterimEvaluations(ctx, { actor: actorOf(request), projectId: request.params.id, query: request.query }),
    );
    app.post(
      base,
      { config: write, schema: { tags, params: idParams, body: interimEvaluationInput, response: { 201: interimEvaluation } } },
      async (request, reply) =>
        reply.code(201).send(await createInterimEvaluation(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body })),
    );
    app.get(
      `${base}/:evaluationId`,
      { config: read, schema: { tags, params: interimEvaluationParams, response: { 200: interimEvaluation } } },
      async (request) => getInterimEvaluation(ctx, { actor: actorOf(request), projectId: request.params.id, evaluationId: request.params.evaluationId }),
    );
    app.put(
      `${base}/:evaluationId`,
      { config: write, schema: { tags, params: interimEvaluationParams, body: interimEvaluationInput, response: { 200: interimEvaluation } } },
      async (request) =>
        updateInterimEvaluation(ctx, { actor: actorOf(request), projectId: request.params.id, evaluationId: request.params.evaluationId, input: request.body }),
    );
    app.delete(`${base}/:evaluationId`, { config: write, schema: { tags, params: interimEvaluationParams, response: { 200: okResponse } } }, async (request) =>
      deleteInterimEvaluation(ctx, { actor: actorOf(request), projectId: request.params.id, evaluationId: request.params.evaluationId }),
    );
  };
