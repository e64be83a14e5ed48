import type { Actor } from '@thuis/domain';
import { recordListRead } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { ValidationError } from '../../platform/http/errors.js';
import { createRegistrationRepository } from '../registrations/repository.js';
import { createBeforeAfterRepository } from './repository.js';

/**
 * The measurements of the household living at a visit, for who measures there to correct or delete
 * one. A read of household-linked data: audited (naming the measurements, not the visit).
 */
export async function listMeasurements(ctx: AppContext, { actor, projectId, visitId }: { actor: Actor; projectId: string; visitId: string }) {
  await ctx.access.require(actor, 'registrations.write', projectId);
  const household = await createRegistrationRepository(ctx.db).householdOfVisit(projectId, visitId);
  if (!household) throw new ValidationError([{ path: ['visitId'], key: 'errors.invalid' }]);
  const measurements = await createBeforeAfterRepository(ctx.db).ofHousehold(projectId, household.householdKey);
  await recordListRead(ctx.db, { actorUserId: actor.userId, projectId, resourceType: 'household_measurement', ids: measurements.map((m) => m.id) });
  return { measurements };
}
