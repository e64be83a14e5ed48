import { rolesWithPermission, todayInAmsterdam, type Actor, type ReferralInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { identifyingProblems, ValidationError, type FieldProblem } from '../../platform/http/errors.js';
import { identifyingChecker } from '../registrations/identifying-checker.js';
import { createReferralRepository } from './repository.js';
import { teamReferrals } from './views.js';

/**
 * Refers a household to a partner of the project's catalogue, with the resident's recorded consent.
 * The partner reads the question whatever the resident chose to share, so it names no one.
 * With SMTP set up, the partner's people are told by e-mail once the referral is committed (a job
 * sends what this transaction queued: send-referral-notifications.ts).
 */
export async function makeReferral(ctx: AppContext, { actor, projectId, input }: { actor: Actor; projectId: string; input: ReferralInput }) {
  await ctx.access.require(actor, 'referrals.make', projectId);
  const referrals = createReferralRepository(ctx.db);
  const problems: FieldProblem[] = identifyingProblems(['question'], input.question, await identifyingChecker(ctx.db, projectId, { team: false }));
  if (!(await referrals.catalogue(projectId)).some((p) => p.id === input.partnerId)) problems.push({ path: ['partnerId'], key: 'errors.notAReferralPartner' });
  if (input.consentGivenOn > todayInAmsterdam()) problems.push({ path: ['consentGivenOn'], key: 'errors.consentInFuture' });
  let householdId = input.householdId;
  if (input.signalId) {
    const ofSignal = await referrals.householdOfSignal(projectId, input.signalId);
    if (ofSignal) householdId = ofSignal.id;
    else if (!householdId) problems.push({ path: ['householdId'], key: 'errors.signalWithoutHousehold' });
  }
  if (householdId && !input.signalId && !(await referrals.householdInProject(projectId, householdId)))
    problems.push({ path: ['householdId'], key: 'errors.householdNotInProject' });
  if (problems.length) throw new ValidationError(problems);

  const made = await ctx.db.transaction().execute(async (trx) => {
    const repository = createReferralRepository(trx);
    const id = await repository.insert({
      projectId,
      householdId: householdId!,
      signalId: input.signalId,
      partnerOrganisationId: input.partnerId,
      question: input.question,
      share: [...new Set(input.share)],
      consentGivenOn: input.consentGivenOn,
      actorUserId: actor.userId,
    });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'create',
      resourceType: 'referral',
      resourceId: id,
      projectId,
      details: { partnerId: input.partnerId, consentGivenOn: input.consentGivenOn, share: input.share },
    });
    if (ctx.mailer) await repository.queueNotifications(id, projectId, input.partnerId, rolesWithPermission('referrals.respond'));
    const [referral] = await teamReferrals(trx, actor, projectId, await repository.list(projectId, { referralIds: [id] }));
    return referral!;
  });
  ctx.jobs?.nudge();
  return made;
}
