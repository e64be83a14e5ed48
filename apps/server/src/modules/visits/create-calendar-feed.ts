import { randomBytes } from 'node:crypto';
import type { Actor } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import { sessionIdFor } from '../../platform/auth/session-tokens.js';
import type { AppContext } from '../../platform/context.js';
import { createVisitRepository } from './repository.js';

/** Makes a new secret feed address for the actor (an old one stops working). */
export async function createCalendarFeed(ctx: AppContext, { actor }: { actor: Actor }) {
  const token = randomBytes(24).toString('base64url');
  await ctx.db.transaction().execute(async (trx) => {
    await createVisitRepository(trx).setCalendarToken(actor.userId, sessionIdFor(token));
    await recordAudit(trx, { actorUserId: actor.userId, action: 'create', resourceType: 'calendar_feed', resourceId: actor.userId });
  });
  return token;
}
