import type { Actor, PasswordChangeInput } from '@thuis/domain';
import { recordAccountEvent } from '../../platform/audit/audit.js';
import { hashPassword, verifyPassword } from '../../platform/auth/passwords.js';
import { createSessionRepository } from '../../platform/auth/session-repository.js';
import type { AppContext } from '../../platform/context.js';
import { ValidationError } from '../../platform/http/errors.js';
import { createAuthRepository } from '../auth/repository.js';
import { MAX_FAILURES_PER_ACCOUNT, THROTTLE_WINDOW_MS, throttledFor } from '../auth/log-in.js';
import { createUserRepository } from '../users/repository.js';

/**
 * The owner changes their own password, proving they know the current one (also the one an
 * administrator chose for a new account). Their other sessions end; this one stays. A wrong current
 * password counts as a failed log-in, so an open session cannot be used to guess it.
 */
export async function changePassword(
  ctx: AppContext,
  { actor, sessionId, ip, input }: { actor: Actor; sessionId: string; ip: string; input: PasswordChangeInput },
) {
  const users = createUserRepository(ctx.db);
  const auth = createAuthRepository(ctx.db);
  const account = (await users.credentials(actor.userId))!;
  const failures = await auth.recentFailures('email', account.email, THROTTLE_WINDOW_MS);
  if (failures.count >= MAX_FAILURES_PER_ACCOUNT) throw throttledFor(failures.oldest);
  if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
    await auth.recordAttempt(account.email, ip, false);
    throw new ValidationError([{ path: ['currentPassword'], key: 'errors.wrongCurrentPassword' }]);
  }
  if (input.newPassword === input.currentPassword) throw new ValidationError([{ path: ['newPassword'], key: 'errors.samePassword' }]);
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction().execute(async (trx) => {
    await createUserRepository(trx).setPassword(actor.userId, passwordHash);
    await createSessionRepository(trx).removeOthersOfUser(actor.userId, sessionId);
    await recordAccountEvent(trx, { actorUserId: actor.userId, subjectUserId: actor.userId, action: 'password_changed', details: { via: 'own' } });
  });
}
