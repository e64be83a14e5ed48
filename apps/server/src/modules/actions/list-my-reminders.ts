import { socialTeamRoles, todayInAmsterdam, type Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createActionRepository } from './repository.js';

/** The reminders in the app: the signed-in person's own overdue actions, in every project. */
export async function listMyReminders(ctx: AppContext, { actor }: { actor: Actor }) {
  const rows = await createActionRepository(ctx.db).overdueFor(actor.userId, todayInAmsterdam(), socialTeamRoles);
  return { overdueActions: rows.map((r) => ({ ...r, dueOn: r.dueOn! })) };
}
