import {
  batchProblems,
  busyClashes,
  needsPartnerForFirstVisits,
  socialTeamRoles,
  visitTeamAdvice,
  visitTeamProblems,
  type Actor,
  type VisitBatchInput,
  type VisitBatchResult,
} from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { ConflictError, identifyingProblems, ValidationError, type FieldProblem } from '../../platform/http/errors.js';
import type { Translate } from '../../platform/i18n/translate.js';
import { requireSignedPrivacyPlan } from '../privacy-plan/load-privacy-plan.js';
import { createProjectRepository } from '../projects/repository.js';
import { identifyingChecker } from '../registrations/identifying-checker.js';
import { addressLabel } from './address-label.js';
import { fromAmsterdam, toAmsterdam } from './local-time.js';
import { createVisitRepository } from './repository.js';

/**
 * Plans the visits of a week's proposal in one go: every visit or none, each checked as a single
 * visit is (privacy plan, objection, visitors free, the team fits the kind) and against an open visit
 * at the same home; a problem names the home. The client's `requestId` makes a retry return the
 * visits planned the first time.
 */
export async function planVisits(
  ctx: AppContext,
  { actor, projectId, input, t }: { actor: Actor; projectId: string; input: VisitBatchInput; t: Translate },
): Promise<VisitBatchResult> {
  await ctx.access.require(actor, 'visits.plan', projectId);
  const repeated = async (): Promise<VisitBatchResult> => {
    const earlier = await createVisitRepository(ctx.db).batch(input.requestId);
    // A request id is the client's own: one that another project used is no retry of this request.
    if (!earlier || earlier.projectId !== projectId) throw new ConflictError('planWeek.requestUsed');
    return { requestId: input.requestId, visitIds: earlier.visitIds, repeated: true, warnings: [] };
  };
  if (await createVisitRepository(ctx.db).batch(input.requestId)) return repeated();

  const visitIds = await ctx.db.transaction().execute(async (trx) => {
    await requireSignedPrivacyPlan(trx, projectId);
    const visits = createVisitRepository(trx);
    // A concurrent retry waits here for the first transaction and then finds its batch.
    if (!(await visits.claimBatch(input.requestId, projectId, actor.userId))) return null;

    const problems: FieldProblem[] = identifyingProblems(['note'], input.note, await identifyingChecker(trx, projectId, { team: false }));
    const team = new Map((await createProjectRepository(trx).team(projectId)).map((m) => [m.userId, m]));
    input.visitorIds.forEach((userId, i) => {
      if (!team.has(userId)) problems.push({ path: ['visitorIds', i], key: 'errors.unknownUser' });
    });
    const visitors = input.visitorIds.map((userId) => ({ userId, role: team.get(userId)?.role ?? 'partner_contact' }));
    // No warm hand-over in bulk: a partner goes along on a final visit planned for that one household.
    problems.push(...visitTeamProblems(input.kind, visitors));

    const homes = new Map((await visits.homesToPlan(projectId, [...new Set(input.visits.map((v) => v.addressId))])).map((h) => [h.id, addressLabel(h)]));
    const home = (i: number) => {
      const label = homes.get(input.visits[i]!.addressId) ?? input.visits[i]!.addressId;
      return { nl: label, en: label };
    };
    const at = (i: number, field: string, key: string, params?: Record<string, unknown>) =>
      problems.push({ path: ['visits', i, field], key, label: home(i), ...(params ? { params } : {}) });
    input.visits.forEach((v, i) => {
      if (!homes.has(v.addressId)) at(i, 'addressId', 'planWeek.addressMissing');
    });
    for (const p of batchProblems(input.visits, input.durationMinutes)) at(p.index, p.field, p.key);

    const planned = input.visits.map((v) => {
      const startsAt = fromAmsterdam(v.startsAt);
      return { addressId: v.addressId, startsAt, endsAt: new Date(startsAt.getTime() + input.durationMinutes * 60_000) };
    });
    for (const i of await visits.objectedAt(planned)) at(i, 'addressId', 'residentsRights.errors.noContact');
    const open = await visits.withOpenVisit(input.visits.map((v) => v.addressId));
    input.visits.forEach((v, i) => {
      if (open.has(v.addressId)) at(i, 'addressId', 'planWeek.errors.openVisit');
    });
    const from = new Date(Math.min(...planned.map((p) => p.startsAt.getTime())));
    const to = new Date(Math.max(...planned.map((p) => p.endsAt.getTime())));
    const busy = (await visits.busyTimes(input.visitorIds, from, to)).map((b) => ({
      visitorName: b.displayName,
      startsAt: toAmsterdam(b.startsAt),
      endsAt: toAmsterdam(b.endsAt),
    }));
    for (const [i, names] of busyClashes(input.visits, input.durationMinutes, busy)) at(i, 'startsAt', 'errors.visitorBusy', { name: names.join(', ') });
    // Rolls the claimed request id back too: the corrected request may use it again.
    if (problems.length) throw new ValidationError(problems);

    const ids: string[] = [];
    for (const p of planned) {
      const id = await visits.insert(
        { projectId, ...p, kind: input.kind, note: input.note, createdBy: actor.userId, batchId: input.requestId },
        input.visitorIds,
      );
      await recordAudit(trx, {
        actorUserId: actor.userId,
        action: 'create',
        resourceType: 'visit',
        resourceId: id,
        projectId,
        details: { kind: input.kind, startsAt: toAmsterdam(p.startsAt), visitors: input.visitorIds, batch: input.requestId },
      });
      ids.push(id);
    }
    return ids;
  });
  if (visitIds === null) return repeated();

  // Advice, not rules: the contractor not yet on a joint intake; a new colleague's first conversations in pairs.
  const going = (await createProjectRepository(ctx.db).team(projectId)).filter((m) => input.visitorIds.includes(m.userId));
  const warnings = visitTeamAdvice(input.kind, going).map((key) => t(key));
  const social = going.filter((m) => socialTeamRoles.includes(m.role));
  const held = await createVisitRepository(ctx.db).conversationsHeld(
    projectId,
    social.map((m) => m.userId),
  );
  for (const m of social)
    if (needsPartnerForFirstVisits(held.get(m.userId) ?? 0, social.length)) warnings.push(t('visits.firstVisitsInPairs', { name: m.displayName }));
  return { requestId: input.requestId, visitIds, repeated: false, warnings };
}
