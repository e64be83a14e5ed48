import { referralStatusAfter, type Actor, type ReferralEvent, type ReferralOutcome } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { createReferralRepository } from './repository.js';
import { partnerReferrals } from './views.js';

export type PartnerStep = { event: 'accept' } | { event: 'decline'; reason: string } | { event: 'complete'; outcome: ReferralOutcome; note: string };

/**
 * The partner answers a referral addressed to its organisation: accepts or declines it (with a
 * reason), or reports back the outcome. Another organisation's referral does not exist for it.
 */
export async function respondToReferral(
  ctx: AppContext,
  { actor, projectId, referralId, step }: { actor: Actor; projectId: string; referralId: string; step: PartnerStep },
) {
  await ctx.access.require(actor, 'referrals.respond', projectId);
  return ctx.db.transaction().execute(async (trx) => {
    const referrals = createReferralRepository(trx);
    const found = await referrals.find(projectId, referralId);
    if (!found || found.partnerOrganisationId !== actor.organisationId) throw new NotFoundError();
    const event: ReferralEvent = step.event;
    const status = found.consentWithdrawnAt ? null : referralStatusAfter(found.status, event);
    if (!status)
      throw new ValidationError(
        [{ path: [], key: 'errors.referralState', params: { status: { i18nKey: `referralStatuses.${found.status}` } } }],
        'errors.referralState',
      );
    await referrals.setStatus(referralId, status, actor.userId, {
      ...(step.event === 'decline' ? { declineReason: step.reason } : {}),
      ...(step.event === 'complete' ? { outcome: step.outcome, outcomeNote: step.note } : {}),
    });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: step.event,
      resourceType: 'referral',
      resourceId: referralId,
      projectId,
      details: step.event === 'complete' ? { outcome: step.outcome } : {},
    });
    const [view] = await partnerReferrals(trx, actor, projectId, await referrals.list(projectId, { referralIds: [referralId] }));
    return view!;
  });
}
