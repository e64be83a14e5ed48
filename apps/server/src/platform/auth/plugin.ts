import type { FastifyInstance, FastifyReply } from 'fastify';
import { SESSION_COOKIE, sessionIdFor } from './session-tokens.js';
import { sessionExpiry, ABSOLUTE_TIMEOUT_MS, TOUCH_INTERVAL_MS } from './session-lifetime.js';
import type { SessionRepository } from './session-repository.js';
import { UUID, type Access } from '../access/access.js';
import type { CallerCache } from './caller-cache.js';

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

/**
 * Resolves the session cookie to an actor, slides the idle timeout, and checks CSRF on every change.
 * On a project route the actor's role in the project comes with the session, in the same query, and
 * is handed to the access checks. With a cache (ADR 0006) the session and role are kept for a short
 * while and forgotten at once, on every instance, when the database announces a change to them.
 */
export function registerSessionAndCsrf(app: FastifyInstance, sessions: SessionRepository, access?: Pick<Access, 'know'>, cache?: CallerCache) {
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const rule = request.routeOptions.config?.access;
    const id = rule?.kind === 'project' ? (request.params as { id?: string } | undefined)?.id : undefined;
    const projectId = id && UUID.test(id) ? id : undefined;
    const sessionId = sessionIdFor(token);
    const now = new Date();
    let row = cache?.find(sessionId, projectId, now.getTime());
    if (!row) {
      const readAt = cache?.generation();
      row = await sessions.findActive(sessionId, projectId);
      if (!row) return;
      cache?.keep(row, projectId, readAt!, now.getTime());
    }
    request.sessionId = row.sessionId;
    request.actor = {
      userId: row.userId,
      organisationId: row.organisationId,
      isAdmin: row.isAdmin,
      canCreateProjects: row.canCreateProjects,
    };
    request.actorLocale = row.locale;
    request.sessionUser = row;
    if (projectId && row.projectRole !== undefined) access?.know(request.actor, projectId, row.projectRole);
    if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      const expiresAt = sessionExpiry(row.createdAt, now);
      await sessions.touch(row.sessionId, expiresAt);
      cache?.touched(row.sessionId, now, expiresAt);
    }
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
