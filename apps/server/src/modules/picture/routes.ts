import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  coding,
  codingInput,
  codingList,
  conversationInput,
  conversationList,
  idParams,
  okResponse,
  overviewQuery,
  pooledTextPage,
  pooledTextsQuery,
  publicationInput,
  publicationList,
  publicationParams,
  quoteInput,
  quoteList,
  quoteParams,
  registrationOverview,
  reviewInput,
  theme,
  themeBoard,
  themeInput,
  themeParams,
  themeTopLists,
  topListBody,
  topListParams,
  workSessionInput,
  workSessionList,
} from '@thuis/domain';
import { access } from '../../platform/access/route-access.js';
import type { AppContext } from '../../platform/context.js';
import { requestLocale } from '../../platform/i18n/translate.js';
import { addQuote } from './add-quote.js';
import { advanceReview } from './advance-review.js';
import { approveQuote } from './approve-quote.js';
import { codeStatement } from './code-statement.js';
import { createPublication } from './create-publication.js';
import { downloadPublication } from './download-publication.js';
import { listPublications } from './list-publications.js';
import { listQuotes } from './list-quotes.js';
import { listConversations } from './list-conversations.js';
import { recordConversation } from './record-conversation.js';
import { deleteTheme } from './delete-theme.js';
import { getRegistrationOverview } from './get-registration-overview.js';
import { getThemeBoard } from './get-theme-board.js';
import { listPooledTexts } from './list-pooled-texts.js';
import { listCodings } from './list-codings.js';
import { listWorkSessions } from './list-work-sessions.js';
import { recordWorkSession } from './record-work-session.js';
import { saveTheme } from './save-theme.js';
import { saveTopList } from './save-top-list.js';
import { actorOf } from '../../platform/access/plugin.js';

export const pictureRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['picture of the neighbourhood'];
    const read = { access: access.project('registrations.read') };
    const work = { access: access.project('picture.work') };
    const base = '/api/projects/:id/picture';
    app.get(
      `${base}/overview`,
      { config: read, schema: { tags, params: idParams, querystring: overviewQuery, response: { 200: registrationOverview } } },
      async (request) => getRegistrationOverview(ctx, { actor: actorOf(request), projectId: request.params.id, query: request.query }),
    );
    app.get(
      `${base}/texts`,
      { config: read, schema: { tags, params: idParams, querystring: pooledTextsQuery, response: { 200: pooledTextPage } } },
      async (request) => listPooledTexts(ctx, { actor: actorOf(request), projectId: request.params.id, query: request.query }),
    );
    app.get(`${base}/themes`, { config: read, schema: { tags, params: idParams, response: { 200: themeBoard } } }, async (request) =>
      getThemeBoard(ctx, { actor: actorOf(request), projectId: request.params.id }),
    );
    app.post(`${base}/themes`, { config: work, schema: { tags, params: idParams, body: themeInput, response: { 201: theme } } }, async (request, reply) =>
      reply.code(201).send(await saveTheme(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body })),
    );
    app.put(`${base}/themes/:themeId`, { config: work, schema: { tags, params: themeParams, body: themeInput, response: { 200: theme } } }, async (request) =>
      saveTheme(ctx, { actor: actorOf(request), projectId: request.params.id, themeId: request.params.themeId, input: request.body }),
    );
    app.delete(`${base}/themes/:themeId`, { config: work, schema: { tags, params: themeParams, response: { 200: okResponse } } }, async (request) =>
      deleteTheme(ctx, { actor: actorOf(request), projectId: request.params.id, themeId: request.params.themeId }),
    );
    app.get(`${base}/codings`, { config: read, schema: { tags, params: idParams, response: { 200: codingList } } }, async (request) =>
      listCodings(ctx, { actor: actorOf(request), projectId: request.params.id }),
    );
    app.put(`${base}/codings`, { config: work, schema: { tags, params: idParams, body: codingInput, response: { 200: coding } } }, async (request) =>
      codeStatement(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body }),
    );
    app.put(
      `${base}/top-lists/:valence`,
      { config: work, schema: { tags, params: topListParams, body: topListBody, response: { 200: themeTopLists } } },
      async (request) =>
        saveTopList(ctx, { actor: actorOf(request), projectId: request.params.id, valence: request.params.valence, themeIds: request.body.themeIds }),
    );
    app.get(`${base}/work-sessions`, { config: read, schema: { tags, params: idParams, response: { 200: workSessionList } } }, async (request) =>
      listWorkSessions(ctx, { actor: actorOf(request), projectId: request.params.id }),
    );
    app.post(
      `${base}/work-sessions`,
      { config: work, schema: { tags, params: idParams, body: workSessionInput, response: { 201: workSessionList } } },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await recordWorkSession(ctx, { actor: actorOf(request), projectId: request.params.id, heldOn: request.body.heldOn, notes: request.body.notes }),
          ),
    );
    app.get(`${base}/quotes`, { config: read, schema: { tags, params: idParams, response: { 200: quoteList } } }, async (request) =>
      listQuotes(ctx, { actor: actorOf(request), projectId: request.params.id }),
    );
    app.post(`${base}/quotes`, { config: work, schema: { tags, params: idParams, body: quoteInput, response: { 201: quoteList } } }, async (request, reply) =>
      reply.code(201).send(await addQuote(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body })),
    );
    app.post(`${base}/quotes/:quoteId/approve`, { config: work, schema: { tags, params: quoteParams, response: { 200: quoteList } } }, async (request) =>
      approveQuote(ctx, { actor: actorOf(request), projectId: request.params.id, quoteId: request.params.quoteId }),
    );
    // Every member may read what is published; which versions a member sees is decided per role.
    const member = { access: access.project('project.read') };
    app.get(`${base}/publications`, { config: member, schema: { tags, params: idParams, response: { 200: publicationList } } }, async (request) =>
      listPublications(ctx, { actor: actorOf(request), projectId: request.params.id }),
    );
    app.post(
      `${base}/publications`,
      { config: work, schema: { tags, params: idParams, body: publicationInput, response: { 201: publicationList } } },
      async (request, reply) => {
        const locale = requestLocale(request.headers['accept-language'], request.actorLocale);
        return reply.code(201).send(await createPublication(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body, locale }));
      },
    );
    app.post(
      `${base}/publications/:publicationId/review`,
      { config: work, schema: { tags, params: publicationParams, body: reviewInput, response: { 200: publicationList } } },
      async (request) =>
        advanceReview(ctx, { actor: actorOf(request), projectId: request.params.id, publicationId: request.params.publicationId, note: request.body.note }),
    );
    app.get(`${base}/publications/:publicationId/pdf`, { config: member, schema: { tags, params: publicationParams } }, async (request, reply) => {
      const { pdf, fileName } = await downloadPublication(ctx, {
        actor: actorOf(request),
        projectId: request.params.id,
        publicationId: request.params.publicationId,
        locale: requestLocale(request.headers['accept-language'], request.actorLocale),
      });
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${fileName}"`).send(pdf);
    });
    app.get(`${base}/conversations`, { config: read, schema: { tags, params: idParams, response: { 200: conversationList } } }, async (request) =>
      listConversations(ctx, { actor: actorOf(request), projectId: request.params.id }),
    );
    app.post(
      `${base}/conversations`,
      { config: work, schema: { tags, params: idParams, body: conversationInput, response: { 201: conversationList } } },
      async (request, reply) =>
        reply.code(201).send(await recordConversation(ctx, { actor: actorOf(request), projectId: request.params.id, input: request.body })),
    );
  };
