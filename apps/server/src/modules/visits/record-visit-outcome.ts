import { contractorOutcomes, contractorSeesVisit, type Actor, type ProjectRole, type VisitKind, type VisitOutcome } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { requireSignedPrivacyPlan } from '../privacy-plan/load-privacy-plan.js';
import { loadVisits, visitView } from './list-visits.js';
import { fromAmsterdam } from './local-time.js';
import { createVisitRepository } from './repository.js';

/**
 * Records what came of a visit. Whether a social conversation took place is for the social team to
 * say; the contractor records technical intakes, absences and cancellations. "Not at home" can plan
 * the next try with the same visitors at once. A visit the contractor may not see is not found.
 */
export async function recordVisitOutcome(
  ctx: AppContext,
  { actor, projectId, visitId, outcome, retryAt }: { actor: Actor; projectId: string; visitId: string; outcome: VisitOutcome; retryAt: string | null },
) {
  const role = await ctx.access.require(actor, 'visits.record', projectId);
  const view = visitView(actor, projectId, role);
  const retryId = await ctx.db.transaction().execute(async (trx) => {
    const visits = createVisitRepository(trx);
    const visit = await visits.find(projectId, visitId);
    if (!visit) throw new NotFoundError();
    if (view === 'works') {
      const roles = ((await visits.visitorsOf([visitId])).get(visitId) ?? []).map((v) => v.role as ProjectRole | null);
      if (!contractorSeesVisit(visit.kind as VisitKind, roles)) throw new NotFoundError();
      if (!contractorOutcomes.includes(outcome)) throw new ValidationError([{ path: ['outcome'], key: 'errors.choice' }]);
    }
    if (visit.outcome) throw new ValidationError([{ path: [], key: 'errors.visitDone' }], 'errors.visitDone');
    await visits.recordOutcome(visitId, outcome);
    let retry: string | undefined;
    if (outcome === 'not_at_home' && retryAt) {
      // The next try is a newly planned visit: the same privacy-plan condition as planning one.
      await requireSignedPrivacyPlan(trx, projectId);
      const [current] = await visits.list(projectId, { visitIds: [visitId] });
      const visitors = ((await visits.visitorsOf([visitId])).get(visitId) ?? []).map((v) => v.userId);
      const startsAt = fromAmsterdam(retryAt);
      const length = current!.endsAt.getTime() - current!.startsAt.getTime();
      retry = await visits.insert(
        { projectId, addressId: visit.addressId, kind: visit.kind, startsAt, endsAt: new Date(startsAt.getTime() + length), note: '', createdBy: actor.userId },
        visitors,
      );
    }
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'update',
      resourceType: 'visit_outcome',
      resourceId: visitId,
      projectId,
      details: { outcome, retry: retry ?? null },
    });
    return retry;
  });
  return loadVisits(ctx, projectId, retryId ? [visitId, retryId] : [visitId], view);
}
