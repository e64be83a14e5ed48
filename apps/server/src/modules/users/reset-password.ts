import type { Actor, PasswordResetResponse } from '@thuis/domain';
import { recordAccountEvent } from '../../platform/audit/audit.js';
import { createSessionRepository } from '../../platform/auth/session-repository.js';
import { newSessionToken, sessionIdFor } from '../../platform/auth/session-tokens.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { formatDateTimeInAmsterdam } from '../../platform/i18n/format.js';
import { translatorFor } from '../../platform/i18n/translate.js';
import { createUserRepository } from './repository.js';

/** Long enough to hand a link over the next working day, short enough not to lie around. */
export const RESET_LINK_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** The page of the web app where a link's owner chooses a password; the secret stays in the fragment, out of server logs. */
export function resetLink(appUrl: string, token: string): string {
  return `${appUrl}/new-password#${token}`;
}

/**
 * An administrator's reset: the old password stops working, every session of the account ends, and
 * its owner chooses a new password with a one-time link. The link goes by e-mail when SMTP is set
 * up; only without it does the administrator get the link, to hand over. Either way the reset is in
 * the account's events, which its owner and the leaders of its projects see.
 */
export async function resetPassword(ctx: AppContext, { actor, id }: { actor: Actor; id: string }): Promise<PasswordResetResponse> {
  await ctx.access.require(actor, 'user.manage');
  const token = newSessionToken();
  const expiresAt = new Date(Date.now() + RESET_LINK_LIFETIME_MS);
  const delivery = ctx.mailer ? 'email' : 'link';
  const { user, adminName } = await ctx.db.transaction().execute(async (trx) => {
    const users = createUserRepository(trx);
    const user = await users.find(id);
    if (!user) throw new NotFoundError();
    await users.clearPassword(id);
    await users.replaceResetToken(id, sessionIdFor(token), actor.userId, expiresAt);
    await createSessionRepository(trx).removeAllOfUser(id);
    await recordAccountEvent(trx, { actorUserId: actor.userId, subjectUserId: id, action: 'password_reset', details: { delivery } });
    return { user, adminName: (await users.find(actor.userId))?.displayName ?? '' };
  });
  const link = resetLink(ctx.config.appUrl, token);
  if (ctx.mailer) {
    const t = translatorFor(user.locale);
    const text = [
      t('passwordResetMail.intro', { admin: adminName }),
      '',
      t('passwordResetMail.link', { expiresAt: formatDateTimeInAmsterdam(expiresAt, user.locale) }),
      link,
      '',
      t('passwordResetMail.notYou'),
    ].join('\n');
    await ctx.mailer.send({ to: user.email, subject: t('passwordResetMail.subject'), text });
    return { delivery: 'email', link: null, expiresAt: expiresAt.toISOString() };
  }
  return { delivery: 'link', link, expiresAt: expiresAt.toISOString() };
}
