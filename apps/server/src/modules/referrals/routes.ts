import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  idParams,
  inboxQuery,
  myNewReferrals,
  partnerInbox,
  partnerReferral,
  referral,
  referralExportQuery,
  referralInput,
  referralOutcomeInput,
  referralPage,
  referralParams,
  referralQuery,
  referralReportQuery,
  referralReportResponse,
  referralResponseInput,
  withdrawConsentInput,
} from '@thuis/domain';
import { access } from '../../platform/access/route-access.js';
import type { AppContext } from '../../platform/context.js';
import { requestLocale, translatorFor } from '../../platform/i18n/translate.js';
import { exportReferralReport } from './export-referral-report.js';
import { getReferralReport } from './get-referral-report.js';
import { listMyNewReferrals } from './list-my-new-referrals.js';
import { listPartnerInbox } from './list-partner-inbox.js';
import { listReferrals } from './list-referrals.js';
import { makeReferral } from './make-referral.js';
import { respondToReferral } from './respond-to-referral.js';
import { withdrawConsent } from './withdraw-consent.js';
import { actorOf } from '../../platform/access/plugin.js';

const contentTypes = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

export const referralRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['referrals'];
    const team = (permission: 'referrals.read' | 'referrals.make') => ({ access: access.project(permission) });
    const partner = { access: access.project('referrals.respond') };

    app.get(
      '/api/projects/:id/referrals',
      { config: team('referrals.read'), schema: { tags, params: idParams, querystring: referralQuery, response: { 200: referralPage } } },
      async (request) => listReferrals(ctx, { actor: actorOf(request), projectId: request.params.id, query: request.query }),
    );
    app.post(
      '/api/projects/:id/referrals',
      { config: team('referrals.make'), schema: { tags, params: idParams, body: referralInput, response: { 201: referral } } },
      async (request, reply) => reply.code(201).send(await makeReferral(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body })),
    );
    app.post(
      '/api/projects/:id/referrals/:referralId/withdraw-consent',
      { config: team('referrals.make'), schema: { tags, params: referralParams, body: withdrawConsentInput, response: { 200: referral } } },
      async (request) =>
        withdrawConsent(ctx, { actor: actorOf(request), projectId: request.params.id, referralId: request.params.referralId, note: request.body.note }),
    );
    app.get(
      '/api/projects/:id/referral-inbox',
      { config: partner, schema: { tags, params: idParams, querystring: inboxQuery, response: { 200: partnerInbox } } },
      async (request) => listPartnerInbox(ctx, { actor: actorOf(request), projectId: request.params.id, query: request.query }),
    );
    app.get('/api/me/new-referrals', { config: { access: access.authenticated }, schema: { tags, response: { 200: myNewReferrals } } }, async (request) =>
      listMyNewReferrals(ctx, { actor: actorOf(request) }),
    );
    app.post(
      '/api/projects/:id/referral-inbox/:referralId/response',
      { config: partner, schema: { tags, params: referralParams, body: referralResponseInput, response: { 200: partnerReferral } } },
      async (request) =>
        respondToReferral(ctx, {
          actor: actorOf(request),
          projectId: request.params.id,
          referralId: request.params.referralId,
          step: request.body.decision === 'accept' ? { event: 'accept' } : { event: 'decline', reason: request.body.reason },
        }),
    );
    app.post(
      '/api/projects/:id/referral-inbox/:referralId/outcome',
      { config: partner, schema: { tags, params: referralParams, body: referralOutcomeInput, response: { 200: partnerReferral } } },
      async (request) =>
        respondToReferral(ctx, {
          actor: actorOf(request),
          projectId: request.params.id,
          referralId: request.params.referralId,
          step: { event: 'complete', outcome: request.body.outcome, note: request.body.note },
        }),
    );
    app.get(
      '/api/projects/:id/referral-report',
      { config: team('referrals.read'), schema: { tags, params: idParams, querystring: referralReportQuery, response: { 200: referralReportResponse } } },
      async (request) => {
        const t = translatorFor(requestLocale(request.headers['accept-language'], request.actorLocale));
        return getReferralReport(ctx, { actor: actorOf(request), projectId: request.params.id, groupBy: request.query.groupBy, t });
      },
    );
    app.get(
      '/api/projects/:id/exports/referral-report',
      { config: team('referrals.read'), schema: { tags, params: idParams, querystring: referralExportQuery } },
      async (request, reply) => {
        const t = translatorFor(requestLocale(request.headers['accept-language'], request.actorLocale));
        const { format, groupBy } = request.query;
        const file = await exportReferralReport(ctx, { actor: actorOf(request), projectId: request.params.id, groupBy, format, t });
        return reply.type(contentTypes[format]).header('content-disposition', `attachment; filename="doorverwijzingen.${format}"`).send(file);
      },
    );
  };
