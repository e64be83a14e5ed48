import type { Actor } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import { createSessionRepository } from '../../platform/auth/session-repository.js';
import type { AppContext } from '../../platform/context.js';

export async function logOut(ctx: AppContext, { actor, sessionId }: { actor: Actor | null; sessionId: string | null }) {
  if (!sessionId) return;
  await ctx.db.transaction().execute(async (trx) => {
    await createSessionRepository(trx).remove(sessionId);
    await recordAudit(trx, { actorUserId: actor?.userId ?? null, action: 'logout', resourceType: 'session' });
  });
}
