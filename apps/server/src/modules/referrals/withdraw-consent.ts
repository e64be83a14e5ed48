import { canWithdrawConsent, referralStatusAfter, type Actor } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { createReferralRepository } from './repository.js';
import { teamReferrals } from './views.js';

/**
 * The resident withdraws consent: from now on the partner sees no shared information, and its
 * people are taken off hand-over visits still to come.
 */
export async function withdrawConsent(
  ctx: AppContext,
  { actor, projectId, referralId, note }: { actor: Actor; projectId: string; referralId: string; note: string },
) {
  await ctx.access.require(actor, 'referrals.make', projectId);
  return ctx.db.transaction().execute(async (trx) => {
    const referrals = createReferralRepository(trx);
    const found = await referrals.find(projectId, referralId);
    if (!found) throw new NotFoundError();
    const status = canWithdrawConsent(found) ? referralStatusAfter(found.status, 'withdraw') : null;
    if (!status) throw new ValidationError([{ path: [], key: 'errors.consentAlreadyWithdrawn' }], 'errors.consentAlreadyWithdrawn');
    await referrals.withdrawConsent(referralId, status, actor.userId);
    await referrals.removePartnerFromComingVisits(referralId);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'withdraw_consent',
      resourceType: 'referral',
      resourceId: referralId,
      projectId,
      details: { note },
    });
    const [referral] = await teamReferrals(trx, actor, projectId, await referrals.list(projectId, { referralIds: [referralId] }));
    return referral!;
  });
}
