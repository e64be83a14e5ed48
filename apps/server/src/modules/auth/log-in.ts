import type { CurrentUser, LoginInput } from '@thuis/domain';
import { toCurrentUser } from './current-user.js';
import { recordAccountEvent } from '../../platform/audit/audit.js';
import { verifyPassword } from '../../platform/auth/passwords.js';
import { newSessionToken, sessionIdFor } from '../../platform/auth/session-tokens.js';
import { sessionExpiry } from '../../platform/auth/session-lifetime.js';
import { createSessionRepository } from '../../platform/auth/session-repository.js';
import type { AppContext } from '../../platform/context.js';
import { ThrottledError, ValidationError } from '../../platform/http/errors.js';
import { createAuthRepository } from './repository.js';

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 50;

export function throttledFor(oldest: Date | null): ThrottledError {
  const until = (oldest?.getTime() ?? Date.now()) + THROTTLE_WINDOW_MS;
  return new ThrottledError(Math.max(1, Math.ceil((until - Date.now()) / 1000)));
}

/** Checks the password and opens a session; returns the token for the cookie. */
export async function logIn(ctx: AppContext, input: LoginInput & { ip: string }): Promise<{ token: string; user: CurrentUser }> {
  const auth = createAuthRepository(ctx.db);
  const email = input.email.toLowerCase();

  const byAccount = await auth.recentFailures('email', email, THROTTLE_WINDOW_MS);
  if (byAccount.count >= MAX_FAILURES_PER_ACCOUNT) throw throttledFor(byAccount.oldest);
  const byAddress = await auth.recentFailures('ip', input.ip, THROTTLE_WINDOW_MS);
  if (byAddress.count >= MAX_FAILURES_PER_ADDRESS) throw throttledFor(byAddress.oldest);

  const user = await auth.findUserByEmail(email);
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !passwordOk || !user.active) {
    await ctx.db.transaction().execute(async (trx) => {
      await createAuthRepository(trx).recordAttempt(email, input.ip, false);
      // An address without an account is recorded without one (the administrator's eyes only);
      // the answer is the same either way.
      await recordAccountEvent(trx, { actorUserId: null, subjectUserId: user?.id ?? null, action: 'login_failed', ...(user ? {} : { details: { email } }) });
    });
    throw new ValidationError([{ path: ['password'], key: 'errors.loginFailed' }], 'errors.loginFailed');
  }

  const token = newSessionToken();
  const now = new Date();
  const session = await ctx.db.transaction().execute(async (trx) => {
    const sessions = createSessionRepository(trx);
    await createAuthRepository(trx).clearFailures(email);
    await createAuthRepository(trx).recordAttempt(email, input.ip, true);
    // Housekeeping on a path that is not hot: expired sessions and old attempts go.
    await sessions.removeExpired();
    await createAuthRepository(trx).removeAttemptsBefore(new Date(now.getTime() - 24 * 60 * 60 * 1000));
    await sessions.create(sessionIdFor(token), user.id, sessionExpiry(now, now));
    await recordAccountEvent(trx, { actorUserId: user.id, subjectUserId: user.id, action: 'login' });
    return sessions.findActive(sessionIdFor(token));
  });
  return { token, user: toCurrentUser(session!) };
}
