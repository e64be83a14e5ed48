import type { AppContext } from '../../platform/context.js';
import type { JobHandler } from '../../platform/jobs/job-runner.js';
import { translatorFor } from '../../platform/i18n/translate.js';
import { createReferralRepository } from './repository.js';

/** How long a claimed notification is held by its sender before another may take it. */
export const NOTIFICATION_LOCK_SECONDS = 60;
/** A recipient whose mail server keeps refusing is given up after this many tries. */
export const NOTIFICATION_MAX_ATTEMPTS = 5;

/**
 * The e-mail telling a partner's case worker that a referral waits in the inbox. Deliberately
 * without anything of the household or the question: only that there is one, and the link.
 */
export function referralNotificationMail(locale: 'nl' | 'en', inboxUrl: string) {
  const t = translatorFor(locale);
  return {
    subject: t('referralNotification.subject'),
    text: [t('referralNotification.intro'), '', t('referralNotification.link'), inboxUrl, '', t('referralNotification.why')].join('\n'),
  };
}

/**
 * Background job: sends the queued notifications of new referrals (make-referral.ts), one e-mail a
 * round, when SMTP is set up. Each is claimed with a lease before sending and marked sent after, so
 * two app instances never send the same one; a failed send is tried again after the lease.
 */
export function referralNotificationJob(ctx: AppContext, { idleMs = 0, retryAfterSeconds = NOTIFICATION_LOCK_SECONDS } = {}): JobHandler {
  let idleUntil = 0;
  return async function sendReferralNotifications(): Promise<boolean> {
    if (!ctx.mailer || Date.now() < idleUntil) return false;
    const referrals = createReferralRepository(ctx.db);
    const claimed = await referrals.claimNotification(NOTIFICATION_LOCK_SECONDS, NOTIFICATION_MAX_ATTEMPTS);
    if (!claimed) {
      idleUntil = Date.now() + idleMs;
      return false;
    }
    const inboxUrl = `${ctx.config.appUrl}/projects/${claimed.projectId}/referral-inbox?filter=new`;
    try {
      await ctx.mailer.send({ to: claimed.email, ...referralNotificationMail(claimed.locale, inboxUrl) });
    } catch (error) {
      await referrals.notificationFailed(claimed.referralId, claimed.userId, error instanceof Error ? error.message : String(error), retryAfterSeconds);
      throw error;
    }
    await referrals.notificationSent(claimed.referralId, claimed.userId);
    return true;
  };
}
