import type { Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createReferralRepository } from './repository.js';
import { teamReferrals } from './views.js';

/** The project's referrals with the partners' responses, for the social team. */
export async function listReferrals(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }) {
  await ctx.access.require(actor, 'referrals.read', projectId);
  return teamReferrals(ctx.db, actor, projectId, await createReferralRepository(ctx.db).list(projectId));
}
