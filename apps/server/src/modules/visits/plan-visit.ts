import { needsPartnerForFirstVisits, socialTeamRoles, visitTeamAdvice, visitTeamProblems, type Actor, type ProjectRole, type VisitInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { identifyingProblems, NotFoundError, ValidationError, type FieldProblem } from '../../platform/http/errors.js';
import type { Translate } from '../../platform/i18n/translate.js';
import { createAddressRepository } from '../addresses/repository.js';
import { requireSignedPrivacyPlan } from '../privacy-plan/load-privacy-plan.js';
import { createProjectRepository } from '../projects/repository.js';
import { createReferralRepository } from '../referrals/repository.js';
import { createResidentsRightsRepository } from '../residents-rights/repository.js';
import { identifyingChecker } from '../registrations/identifying-checker.js';
import { loadVisits } from './list-visits.js';
import { fromAmsterdam } from './local-time.js';
import { createVisitRepository } from './repository.js';

/**
 * Plans a visit, or reschedules one without an outcome when `visitId` is given. The note is read by
 * the contractor too: the visitors may be named, residents and their numbers not.
 */
export async function planVisit(
  ctx: AppContext,
  { actor, projectId, visitId, input, t }: { actor: Actor; projectId: string; visitId?: string; input: VisitInput; t: Translate },
) {
  await ctx.access.require(actor, 'visits.plan', projectId);
  const savedId = await ctx.db.transaction().execute(async (trx) => {
    // The handbook's condition before any visit: every core party signed the current privacy plan.
    await requireSignedPrivacyPlan(trx, projectId);
    const visits = createVisitRepository(trx);
    if (visitId) {
      const existing = await visits.find(projectId, visitId);
      if (!existing) throw new NotFoundError();
      if (existing.outcome) throw new ValidationError([{ path: [], key: 'errors.visitDone' }], 'errors.visitDone');
    }
    const problems: FieldProblem[] = identifyingProblems(['note'], input.note, await identifyingChecker(trx, projectId, { team: false }));
    if (!(await createAddressRepository(trx).exists(projectId, input.addressId))) problems.push({ path: ['addressId'], key: 'errors.invalid' });
    else if (await createResidentsRightsRepository(trx).noContactAt(input.addressId, fromAmsterdam(input.startsAt)))
      problems.push({ path: ['addressId'], key: 'residentsRights.errors.noContact' });
    const team = new Map((await createProjectRepository(trx).team(projectId)).map((m) => [m.userId, m]));
    const visitors = input.visitorIds.map((userId) => ({ userId, role: team.get(userId)?.role ?? 'partner_contact' }));
    input.visitorIds.forEach((userId, i) => {
      if (!team.has(userId)) problems.push({ path: ['visitorIds', i], key: 'errors.unknownUser' });
    });
    // The warm hand-over: a final visit may take along the partner the household was referred to.
    const handoverPartners =
      input.kind === 'final_visit' ? await createReferralRepository(trx).handoverPartnerUserIds(projectId, input.addressId) : new Set<string>();
    problems.push(...visitTeamProblems(input.kind, visitors, handoverPartners));
    const startsAt = fromAmsterdam(input.startsAt);
    const endsAt = new Date(startsAt.getTime() + input.durationMinutes * 60_000);
    for (const busy of await visits.busyVisitors(input.visitorIds, startsAt, endsAt, visitId))
      problems.push({ path: ['visitorIds', input.visitorIds.indexOf(busy.userId)], key: 'errors.visitorBusy', params: { name: busy.displayName } });
    if (problems.length) throw new ValidationError(problems);

    const values = { projectId, addressId: input.addressId, kind: input.kind, startsAt, endsAt, note: input.note, createdBy: actor.userId };
    const id = visitId ?? (await visits.insert(values, input.visitorIds));
    if (visitId) await visits.update(visitId, values, input.visitorIds);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: visitId ? 'update' : 'create',
      resourceType: 'visit',
      resourceId: id,
      projectId,
      details: { kind: input.kind, startsAt: input.startsAt, visitors: input.visitorIds },
    });
    return id;
  });
  const [visit] = await loadVisits(ctx, projectId, [savedId], 'full');
  // Advice, not rules: the contractor not yet on a joint intake; a new colleague's first two conversations with an experienced one.
  for (const key of visitTeamAdvice(
    visit!.kind,
    visit!.visitors.map((v) => ({ userId: v.userId, role: v.role as ProjectRole })),
  ))
    visit!.warnings.push(t(key));
  const social = visit!.visitors.filter((v) => (socialTeamRoles as readonly string[]).includes(v.role));
  const held = await createVisitRepository(ctx.db).conversationsHeld(
    projectId,
    social.map((v) => v.userId),
  );
  for (const v of social)
    if (needsPartnerForFirstVisits(held.get(v.userId) ?? 0, social.length)) visit!.warnings.push(t('visits.firstVisitsInPairs', { name: v.displayName }));
  return visit!;
}
