import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  coding,
  codingInput,
  codingList,
  idParams,
  okResponse,
  overviewQuery,
  registrationOverview,
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
import { codeStatement } from './code-statement.js';
import { deleteTheme } from './delete-theme.js';
import { getRegistrationOverview } from './get-registration-overview.js';
import { getThemeBoard } from './get-theme-board.js';
import { listCodings } from './list-codings.js';
import { listWorkSessions } from './list-work-sessions.js';
import { recordWorkSession } from './record-work-session.js';
import { saveTheme } from './save-theme.js';
import { saveTopList } from './save-top-list.js';

export const pictureRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['picture of the neighbourhood'];
    const read = { access: access.project('registrations.read') };
    const work = { access: access.project('picture.work') };
    const base = '/api/projects/:id/picture';
    app.get(`${base}/overview`, { config: read, schema: { tags, params: idParams, querystring: overviewQuery, response: { 200: registrationOverview } } }, async (request) =>
      getRegistrationOverview(ctx, { actor: request.actor!, projectId: request.params.id, query: request.query }),
    );
    app.get(`${base}/themes`, { config: read, schema: { tags, params: idParams, response: { 200: themeBoard } } }, async (request) =>
      getThemeBoard(ctx, { actor: request.actor!, projectId: request.params.id }),
    );
    app.post(`${base}/themes`, { config: work, schema: { tags, params: idParams, body: themeInput, response: { 201: theme } } }, async (request, reply) =>
      reply.code(201).send(await saveTheme(ctx, { actor: request.actor!, projectId: request.params.id, input: request.body })),
    );
    app.put(`${base}/themes/:themeId`, { config: work, schema: { tags, params: themeParams, body: themeInput, response: { 200: theme } } }, async (request) =>
      saveTheme(ctx, { actor: request.actor!, projectId: request.params.id, themeId: request.params.themeId, input: request.body }),
    );
    app.delete(`${base}/themes/:themeId`, { config: work, schema: { tags, params: themeParams, response: { 200: okResponse } } }, async (request) =>
      deleteTheme(ctx, { actor: request.actor!, projectId: request.params.id, themeId: request.params.themeId }),
    );
    app.get(`${base}/codings`, { config: read, schema: { tags, params: idParams, response: { 200: codingList } } }, async (request) =>
      listCodings(ctx, { actor: request.actor!, projectId: request.params.id }),
    );
    app.put(`${base}/codings`, { config: work, schema: { tags, params: idParams, body: codingInput, response: { 200: coding } } }, async (request) =>
      codeStatement(ctx, { actor: request.actor!, projectId: request.params.id, input: request.body }),
    );
    app.put(
      `${base}/top-lists/:valence`,
      { config: work, schema: { tags, params: topListParams, body: topListBody, response: { 200: themeTopLists } } },
      async (request) => saveTopList(ctx, { actor: request.actor!, projectId: request.params.id, valence: request.params.valence, themeIds: request.body.themeIds }),
    );
    app.get(`${base}/work-sessions`, { config: read, schema: { tags, params: idParams, response: { 200: workSessionList } } }, async (request) =>
      listWorkSessions(ctx, { actor: request.actor!, projectId: request.params.id }),
    );
    app.post(`${base}/work-sessions`, { config: work, schema: { tags, params: idParams, body: workSessionInput, response: { 201: workSessionList } } }, async (request, reply) =>
      reply.code(201).send(await recordWorkSession(ctx, { actor: request.actor!, projectId: request.params.id, heldOn: request.body.heldOn, notes: request.body.notes })),
    );
  };
