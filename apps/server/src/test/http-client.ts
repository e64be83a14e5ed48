import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { newSessionToken, SESSION_COOKIE, sessionIdFor } from '../platform/auth/session-tokens.js';
import { createSessionRepository } from '../platform/auth/session-repository.js';
import type { Db } from '../platform/db/database.js';

/** A browser-like client for app.inject: keeps cookies and sends the CSRF token on changes. */
export class TestClient {
  private cookies = new Map<string, string>();
  private csrfToken: string | null = null;

  constructor(
    private readonly app: FastifyInstance,
    readonly locale: 'nl' | 'en' = 'nl',
  ) {}

  private remember(response: LightMyRequestResponse) {
    for (const cookie of response.cookies) {
      if (cookie.value === '' || (cookie.maxAge !== undefined && cookie.maxAge <= 0) || (cookie.expires && cookie.expires.getTime() < Date.now()))
        this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
  }

  setCookie(name: string, value: string) {
    this.cookies.set(name, value);
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  async request(options: InjectOptions & { method: string; url: string; withCsrf?: boolean }) {
    const { withCsrf = true, ...inject } = options;
    const unsafe = !['GET', 'HEAD'].includes(options.method.toUpperCase());
    if (unsafe && withCsrf && !this.csrfToken) await this.refreshCsrf();
    const response = await this.app.inject({
      ...inject,
      headers: {
        'accept-language': this.locale,
        ...(unsafe && withCsrf && this.csrfToken ? { 'x-csrf-token': this.csrfToken } : {}),
        ...(inject.headers ?? {}),
      },
      cookies: Object.fromEntries(this.cookies),
    } as InjectOptions);
    this.remember(response);
    if (response.headers['content-type']?.toString().includes('json')) {
      const body = response.json() as { csrfToken?: string };
      if (body && typeof body === 'object' && body.csrfToken) this.csrfToken = body.csrfToken;
    }
    return response;
  }

  async refreshCsrf() {
    await this.request({ method: 'GET', url: '/api/auth/session' });
  }

  get(url: string) {
    return this.request({ method: 'GET', url });
  }
  post(url: string, payload?: unknown) {
    return this.request({ method: 'POST', url, ...(payload === undefined ? {} : { payload: payload as object }) });
  }
  put(url: string, payload: unknown) {
    return this.request({ method: 'PUT', url, payload: payload as object });
  }
  delete(url: string) {
    return this.request({ method: 'DELETE', url });
  }

  async logIn(email: string, password: string) {
    return this.post('/api/auth/login', { email, password });
  }
}

/** A client signed in as the user without going through the password check (fast, for the matrix). */
export async function clientFor(app: FastifyInstance, db: Db, userId: string, locale: 'nl' | 'en' = 'nl') {
  const token = newSessionToken();
  await createSessionRepository(db).create(sessionIdFor(token), userId, new Date(Date.now() + 60 * 60 * 1000));
  const client = new TestClient(app, locale);
  client.setCookie(SESSION_COOKIE, token);
  return client;
}
