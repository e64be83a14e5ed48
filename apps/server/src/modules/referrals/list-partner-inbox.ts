import type { Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createReferralRepository } from './repository.js';
import { partnerReferrals } from './views.js';

/** A partner's inbox: only the referrals addressed to its own organisation, with what was consented. */
export async function listPartnerInbox(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }) {
  await ctx.access.require(actor, 'referrals.respond', projectId);
  const referrals = createReferralRepository(ctx.db);
  const rows = await referrals.list(projectId, { partnerOrganisationId: actor.organisationId });
  return { organisationName: await referrals.organisationName(actor.organisationId), referrals: await partnerReferrals(ctx.db, actor, projectId, rows) };
}
