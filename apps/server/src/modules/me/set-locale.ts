import type { Actor, Locale } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { createUserRepository } from '../users/repository.js';

export async function setLocale(ctx: AppContext, { actor, locale }: { actor: Actor; locale: Locale }) {
  await ctx.db.transaction().execute(async (trx) => {
    await createUserRepository(trx).setLocale(actor.userId, locale);
    await recordAudit(trx, { actorUserId: actor.userId, action: 'update', resourceType: 'user_locale', resourceId: actor.userId, details: { locale } });
  });
}
