import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'thuis_session';

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Sessions are stored under the token's hash: the table alone gives no working cookie. */
export function sessionIdFor(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
