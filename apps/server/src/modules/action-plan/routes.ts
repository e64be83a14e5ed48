import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  actionPlan,
  idParams,
  planGoalInput,
  planActivityProposal,
  planGoalParams,
  planReviewInput,
  planSources,
  planVersionInput,
  planVersionParams,
} from '@thuis/domain';
import { access } from '../../platform/access/route-access.js';
import type { AppContext } from '../../platform/context.js';
import { requestLocale } from '../../platform/i18n/translate.js';
import { createPlanVersion } from './create-plan-version.js';
import { deletePlanGoal } from './delete-plan-goal.js';
import { downloadPlanPdf } from './download-plan-pdf.js';
import { getPlanSources } from './get-plan-sources.js';
import { listActionPlan } from './list-action-plan.js';
import { proposePlanActivity } from './propose-plan-activity.js';
import { reviewPlanVersion } from './review-plan-version.js';
import { savePlanGoal } from './save-plan-goal.js';
import { actorOf } from '../../platform/access/plugin.js';

export const actionPlanRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['action plan'];
    // Every member reads the plan; which versions is decided per role.
    const member = { access: access.project('project.read') };
    const work = { access: access.project('actionPlan.work') };
    const propose = { access: access.project('actionPlan.propose') };
    const base = '/api/projects/:id/action-plan';
    app.get(base, { config: member, schema: { tags, params: idParams, response: { 200: actionPlan } } }, async (request) =>
      listActionPlan(ctx, { actor: actorOf(request), projectId: request.params.id }),
    );
    app.get(`${base}/sources`, { config: propose, schema: { tags, params: idParams, response: { 200: planSources } } }, async (request) =>
      getPlanSources(ctx, { actor: actorOf(request), projectId: request.params.id }),
    );
    app.post(
      `${base}/versions`,
      { config: work, schema: { tags, params: idParams, body: planVersionInput, response: { 201: actionPlan } } },
      async (request, reply) =>
        reply.code(201).send(await createPlanVersion(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body })),
    );
    app.post(
      `${base}/versions/:versionId/goals`,
      { config: propose, schema: { tags, params: planVersionParams, body: planGoalInput, response: { 201: actionPlan } } },
      async (request, reply) =>
        reply
          .code(201)
          .send(await savePlanGoal(ctx, { actor: actorOf(request), projectId: request.params.id, versionId: request.params.versionId, input: request.body })),
    );
    app.put(
      `${base}/versions/:versionId/goals/:goalId`,
      { config: propose, schema: { tags, params: planGoalParams, body: planGoalInput, response: { 200: actionPlan } } },
      async (request) =>
        savePlanGoal(ctx, {
          actor: actorOf(request),
          projectId: request.params.id,
          versionId: request.params.versionId,
          goalId: request.params.goalId,
          input: request.body,
        }),
    );
    app.delete(
      `${base}/versions/:versionId/goals/:goalId`,
      { config: propose, schema: { tags, params: planGoalParams, response: { 200: actionPlan } } },
      async (request) =>
        deletePlanGoal(ctx, { actor: actorOf(request), projectId: request.params.id, versionId: request.params.versionId, goalId: request.params.goalId }),
    );
    app.post(
      `${base}/versions/:versionId/goals/:goalId/activities`,
      { config: propose, schema: { tags, params: planGoalParams, body: planActivityProposal, response: { 201: actionPlan } } },
      async (request, reply) =>
        reply.code(201).send(
          await proposePlanActivity(ctx, {
            actor: actorOf(request),
            projectId: request.params.id,
            versionId: request.params.versionId,
            goalId: request.params.goalId,
            input: request.body,
          }),
        ),
    );
    app.post(
      `${base}/versions/:versionId/review`,
      { config: propose, schema: { tags, params: planVersionParams, body: planReviewInput, response: { 200: actionPlan } } },
      async (request) =>
        reviewPlanVersion(ctx, { actor: actorOf(request), projectId: request.params.id, versionId: request.params.versionId, input: request.body }),
    );
    app.get(`${base}/versions/:versionId/pdf`, { config: member, schema: { tags, params: planVersionParams } }, async (request, reply) => {
      const locale = requestLocale(request.headers['accept-language'], request.actorLocale);
      const { pdf, fileName } = await downloadPlanPdf(ctx, {
        actor: actorOf(request),
        projectId: request.params.id,
        versionId: request.params.versionId,
        locale,
      });
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${fileName}"`).send(pdf);
    });
  };
