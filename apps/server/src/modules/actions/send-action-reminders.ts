import { socialTeamRoles, todayInAmsterdam } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { formatDutchDate } from '../../platform/i18n/format.js';
import { translatorFor } from '../../platform/i18n/translate.js';
import { createActionRepository } from './repository.js';

/**
 * Background job: e-mails each owner once a day about their overdue actions, when SMTP is set up.
 * The claim marks the actions before sending, so several app instances never send twice; a failed
 * send is given back to be tried again on the next round.
 */
export function actionReminderJob(ctx: AppContext, { idleMs = 60_000, today = todayInAmsterdam } = {}) {
  let idleUntil = 0;
  return async function sendActionReminders(): Promise<boolean> {
    if (!ctx.mailer || Date.now() < idleUntil) return false;
    const day = today();
    const actions = createActionRepository(ctx.db);
    const claimed = await actions.claimReminders(day, socialTeamRoles);
    if (claimed.length === 0) {
      idleUntil = Date.now() + idleMs;
      return false;
    }
    const owner = claimed[0]!;
    const t = translatorFor(owner.locale);
    const text = [
      t('reminders.intro'),
      '',
      ...claimed.map((a) => t('reminders.line', { title: a.title, project: a.projectName, dueOn: formatDutchDate(a.dueOn) })),
      '',
      t('reminders.outro'),
      `${ctx.config.appUrl}/`,
    ].join('\n');
    try {
      await ctx.mailer.send({ to: owner.email, subject: t('reminders.subject', { count: claimed.length }), text });
    } catch (error) {
      await actions.releaseReminders(claimed.map((a) => a.id));
      throw error;
    }
    return true;
  };
}
