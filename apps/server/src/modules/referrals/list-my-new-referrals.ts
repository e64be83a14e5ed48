import { rolesWithPermission, type Actor, type MyNewReferrals } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createReferralRepository } from './repository.js';

/** How many new referrals the home page links to one by one (the count says how many there are). */
const SHOWN = 10;

/**
 * The home page's "Nieuwe doorverwijzingen" for a partner's case worker: unanswered referrals to its
 * organisation in the projects where it answers them. Only ids, projects and dates: nothing of the
 * household, so not a read of personal data (the inbox the links open is, and is audited).
 */
export async function listMyNewReferrals(ctx: AppContext, { actor }: { actor: Actor }): Promise<MyNewReferrals> {
  const { items, total } = await createReferralRepository(ctx.db).newForPartner(
    actor.userId,
    actor.organisationId,
    rolesWithPermission('referrals.respond'),
    SHOWN,
  );
  return { total, items: items.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })) };
}
