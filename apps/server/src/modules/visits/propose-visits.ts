import { spreadVisits, workingDays, type Actor, type VisitSpreadInput } from '@thuis/domain';
import { recordListRead } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { ConflictError } from '../../platform/http/errors.js';
import { requireSignedPrivacyPlan } from '../privacy-plan/load-privacy-plan.js';
import { addressLabel } from './address-label.js';
import { fromAmsterdam, toAmsterdam } from './local-time.js';
import { createVisitRepository } from './repository.js';

/**
 * The schedule a week's planning would make, saved nowhere: the homes spread over the slots around
 * the visitors' other visits, and why a home gets no slot (objection, an open visit, no slot left, an
 * unsigned privacy plan). Whether a household objected is household-linked: the read is audited.
 */
export async function proposeVisits(ctx: AppContext, { actor, projectId, input }: { actor: Actor; projectId: string; input: VisitSpreadInput }) {
  await ctx.access.require(actor, 'visits.plan', projectId);
  const privacyPlanSigned = await requireSignedPrivacyPlan(ctx.db, projectId).then(
    () => true,
    (error: unknown) => {
      if (error instanceof ConflictError) return false;
      throw error;
    },
  );
  const visits = createVisitRepository(ctx.db);
  const homes = await visits.homesToPlan(projectId, input.addressIds);
  const days = workingDays(input.firstDay, input.days);
  const busy = await visits.busyTimes(input.visitorIds, fromAmsterdam(`${days[0]}T00:00`), fromAmsterdam(`${days.at(-1)}T23:59`));
  const proposal = spreadVisits(
    homes.map((h) => ({ addressId: h.id, addressLabel: addressLabel(h), noContact: h.noContact, openVisit: h.openVisit })),
    input,
    busy.map((b) => ({ visitorName: b.displayName, startsAt: toAmsterdam(b.startsAt), endsAt: toAmsterdam(b.endsAt) })),
    { privacyPlanSigned },
  );
  const objected = homes.filter((h) => h.noContact).map((h) => h.id);
  await recordListRead(ctx.db, {
    actorUserId: actor.userId,
    projectId,
    resourceType: 'address_practical_needs',
    ids: objected,
    households: { addressIds: objected },
    details: { purpose: 'visit_proposal' },
  });
  return proposal;
}
