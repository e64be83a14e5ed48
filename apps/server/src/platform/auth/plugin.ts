import type { FastifyInstance, FastifyReply } from 'fastify';
import { SESSION_COOKIE, sessionIdFor } from './session-tokens.js';
import { sessionExpiry, ABSOLUTE_TIMEOUT_MS, TOUCH_INTERVAL_MS } from './session-lifetime.js';
import type { SessionRepository } from './session-repository.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface SessionCookieOptions {
  secure: boolean;
}

export function setSessionCookie(reply: FastifyReply, token: string, options: SessionCookieOptions) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: options.secure,
    path: '/',
    maxAge: ABSOLUTE_TIMEOUT_MS / 1000,
  });
}

export function clearSessionCookie(reply: FastifyReply, options: SessionCookieOptions) {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: options.secure, path: '/' });
}

/** Resolves the session cookie to an actor, slides the idle timeout, and checks CSRF on every change. */
export function registerSessionAndCsrf(app: FastifyInstance, sessions: SessionRepository) {
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const row = await sessions.findActive(sessionIdFor(token));
    if (!row) return;
    request.sessionId = row.sessionId;
    request.actor = {
      userId: row.userId,
      organisationId: row.organisationId,
      isAdmin: row.isAdmin,
      canCreateProjects: row.canCreateProjects,
    };
    request.actorLocale = row.locale;
    request.sessionUser = row;
    const now = new Date();
    if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) await sessions.touch(row.sessionId, sessionExpiry(row.createdAt, now));
  });

  app.addHook('onRequest', (request, reply, done) => {
    if (SAFE_METHODS.has(request.method) || !request.url.startsWith('/api/')) return done();
    app.csrfProtection(request, reply, done);
  });
}

declare module 'fastify' {
  interface FastifyRequest {
    sessionUser?: import('./session-repository.js').SessionActorRow;
  }
}
