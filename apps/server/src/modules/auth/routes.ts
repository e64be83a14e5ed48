import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { loginInput, okResponse, sessionResponse, type CurrentUser } from '@thuis/domain';
import { access } from '../../platform/access/route-access.js';
import { clearSessionCookie, setSessionCookie } from '../../platform/auth/plugin.js';
import { createSessionRepository } from '../../platform/auth/session-repository.js';
import { sessionIdFor } from '../../platform/auth/session-tokens.js';
import type { AppContext } from '../../platform/context.js';
import { logIn } from './log-in.js';
import { logOut } from './log-out.js';

export const authRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const cookieOptions = { secure: ctx.config.secureCookies };
    const toCurrentUser = (row: NonNullable<Awaited<ReturnType<ReturnType<typeof createSessionRepository>['findActive']>>>): CurrentUser => ({
      id: row.userId,
      displayName: row.displayName,
      email: row.email,
      organisationId: row.organisationId,
      organisationName: row.organisationName,
      organisationType: row.organisationType,
      isAdmin: row.isAdmin,
      canCreateProjects: row.canCreateProjects,
      locale: row.locale,
    });

    app.get(
      '/api/auth/session',
      { config: { access: access.public }, schema: { tags: ['auth'], response: { 200: sessionResponse } } },
      async (request, reply) => ({
        user: request.sessionUser ? toCurrentUser(request.sessionUser) : null,
        csrfToken: reply.generateCsrf(),
      }),
    );

    app.post(
      '/api/auth/login',
      { config: { access: access.public }, schema: { tags: ['auth'], body: loginInput, response: { 200: sessionResponse } } },
      async (request, reply) => {
        const { token } = await logIn(ctx, { ...request.body, ip: request.ip });
        setSessionCookie(reply, token, cookieOptions);
        const row = await createSessionRepository(ctx.db).findActive(sessionIdFor(token));
        return { user: row ? toCurrentUser(row) : null, csrfToken: reply.generateCsrf() };
      },
    );

    app.post(
      '/api/auth/logout',
      { config: { access: access.public }, schema: { tags: ['auth'], response: { 200: okResponse } } },
      async (request, reply) => {
        await logOut(ctx, { actor: request.actor, sessionId: request.sessionId });
        clearSessionCookie(reply, cookieOptions);
        return { ok: true as const };
      },
    );
  };
