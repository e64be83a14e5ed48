import type { Actor, MeasurementInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { ConflictError, ValidationError } from '../../platform/http/errors.js';
import { createRegistrationRepository } from '../registrations/repository.js';
import { createBeforeAfterRepository } from './repository.js';

const receipt = (row: { id: string; clientId: string | null; moment: MeasurementInput['moment']; measuredOn: string }) => ({
  id: row.id,
  clientId: row.clientId,
  moment: row.moment,
  measuredOn: row.measuredOn,
});

/**
 * Records a household's wellbeing and ladder level at a visit. The visit gives the pseudonym of the
 * household living there that day and its building phase; only those are stored, never the visit,
 * the address or the household. One first-visit measurement per household. Stored once per client
 * id: the outbox of a device without a connection may send it again, and gets the same receipt.
 */
export async function recordMeasurement(ctx: AppContext, { actor, projectId, input }: { actor: Actor; projectId: string; input: MeasurementInput }) {
  await ctx.access.require(actor, 'registrations.write', projectId);
  const measurements = createBeforeAfterRepository(ctx.db);
  const existing = await measurements.byClientId(projectId, input.clientId);
  if (existing) return receipt(existing);
  if (!(await measurements.enabled(projectId))) throw new ConflictError('errors.beforeAfterOff');
  const household = await createRegistrationRepository(ctx.db).householdOfVisit(projectId, input.visitId);
  if (!household) throw new ValidationError([{ path: ['visitId'], key: 'errors.invalid' }]);
  if (input.moment === 'first_visit' && (await measurements.hasFirst(projectId, household.householdKey)))
    throw new ValidationError([{ path: ['moment'], key: 'errors.firstMeasurementExists' }]);
  await ctx.db.transaction().execute(async (trx) => {
    const id = await createBeforeAfterRepository(trx).insertOnce(projectId, household, input, actor.userId);
    // Sent twice at the same moment: the other one stored it.
    if (!id) return;
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'create',
      resourceType: 'household_measurement',
      resourceId: id,
      projectId,
      details: { moment: input.moment },
    });
  });
  return receipt((await measurements.byClientId(projectId, input.clientId))!);
}
