import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { loginInput, okResponse, passwordResetUseInput, sessionResponse } from '@thuis/domain';
import { access } from '../../platform/access/route-access.js';
import { clearSessionCookie, setSessionCookie } from '../../platform/auth/plugin.js';
import type { AppContext } from '../../platform/context.js';
import { choosePassword } from './choose-password.js';
import { toCurrentUser } from './current-user.js';
import { logIn } from './log-in.js';
import { logOut } from './log-out.js';

export const authRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const cookieOptions = { secure: ctx.config.secureCookies };
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
        const { token, user } = await logIn(ctx, { ...request.body, ip: request.ip });
        setSessionCookie(reply, token, cookieOptions);
        return { user, csrfToken: reply.generateCsrf() };
      },
    );

    app.post('/api/auth/logout', { config: { access: access.public }, schema: { tags: ['auth'], response: { 200: okResponse } } }, async (request, reply) => {
      await logOut(ctx, { actor: request.actor, sessionId: request.sessionId });
      clearSessionCookie(reply, cookieOptions);
      return { ok: true as const };
    });
    // Public: whoever holds a reset link chooses the password, signed in or not (CSRF as for log-in).
    app.post(
      '/api/auth/password-reset',
      { config: { access: access.public }, schema: { tags: ['auth'], body: passwordResetUseInput, response: { 200: okResponse } } },
      async (request) => {
        await choosePassword(ctx, { input: request.body, ip: request.ip });
        return { ok: true as const };
      },
    );
  };
