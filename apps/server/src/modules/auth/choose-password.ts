import type { PasswordResetUseInput } from '@thuis/domain';
import { recordAccountEvent } from '../../platform/audit/audit.js';
import { hashPassword } from '../../platform/auth/passwords.js';
import { createSessionRepository } from '../../platform/auth/session-repository.js';
import { sessionIdFor } from '../../platform/auth/session-tokens.js';
import type { AppContext } from '../../platform/context.js';
import { ValidationError } from '../../platform/http/errors.js';
import { createUserRepository } from '../users/repository.js';
import { MAX_FAILURES_PER_ADDRESS, THROTTLE_WINDOW_MS, throttledFor } from './log-in.js';
import { createAuthRepository } from './repository.js';

/**
 * Chooses a new password with the secret of a reset link. A link works once and until it expires;
 * a used, expired or unknown one gets the same answer. Failed tries count against the caller's
 * address like failed log-ins.
 */
export async function choosePassword(ctx: AppContext, { input, ip }: { input: PasswordResetUseInput; ip: string }) {
  const auth = createAuthRepository(ctx.db);
  const byAddress = await auth.recentFailures('ip', ip, THROTTLE_WINDOW_MS);
  if (byAddress.count >= MAX_FAILURES_PER_ADDRESS) throw throttledFor(byAddress.oldest);
  const passwordHash = await hashPassword(input.password);
  const done = await ctx.db.transaction().execute(async (trx) => {
    const users = createUserRepository(trx);
    const userId = await users.claimResetToken(sessionIdFor(input.token));
    if (!userId) return false;
    await users.setPassword(userId, passwordHash);
    await createSessionRepository(trx).removeAllOfUser(userId);
    await recordAccountEvent(trx, { actorUserId: userId, subjectUserId: userId, action: 'password_changed', details: { via: 'reset_link' } });
    return true;
  });
  if (!done) {
    // No account to count against: the row counts for the address only.
    await auth.recordAttempt('', ip, false);
    throw new ValidationError([{ path: ['token'], key: 'errors.resetLinkInvalid' }], 'errors.resetLinkInvalid');
  }
}
