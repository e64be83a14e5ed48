import type { Actor, MeasurementCorrection } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { createBeforeAfterRepository } from './repository.js';

/** Corrects a measurement (its moment, date and values); the household stays. Still one first-visit measurement per household. */
export async function correctMeasurement(
  ctx: AppContext,
  { actor, projectId, measurementId, input }: { actor: Actor; projectId: string; measurementId: string; input: MeasurementCorrection },
) {
  await ctx.access.require(actor, 'registrations.write', projectId);
  const measurements = createBeforeAfterRepository(ctx.db);
  const found = await measurements.find(projectId, measurementId);
  if (!found) throw new NotFoundError();
  if (input.moment === 'first_visit' && (await measurements.hasFirst(projectId, found.householdKey, measurementId)))
    throw new ValidationError([{ path: ['moment'], key: 'errors.firstMeasurementExists' }]);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await createBeforeAfterRepository(trx).update(projectId, measurementId, input))) throw new NotFoundError();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'update',
      resourceType: 'household_measurement',
      resourceId: measurementId,
      projectId,
      details: { moment: input.moment, previousMoment: found.moment },
    });
  });
  return { id: measurementId, moment: input.moment, measuredOn: input.measuredOn, wellbeing: input.wellbeing, ladder: input.ladder };
}

/** Deletes a measurement made by mistake. */
export async function deleteMeasurement(ctx: AppContext, { actor, projectId, measurementId }: { actor: Actor; projectId: string; measurementId: string }) {
  await ctx.access.require(actor, 'registrations.write', projectId);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await createBeforeAfterRepository(trx).remove(projectId, measurementId))) throw new NotFoundError();
    await recordAudit(trx, { actorUserId: actor.userId, action: 'delete', resourceType: 'household_measurement', resourceId: measurementId, projectId });
  });
  return { ok: true as const };
}
