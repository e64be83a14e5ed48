import type { Actor, HourBookingInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { createHoursRepository } from './repository.js';

/** A team member books hours on a phase, for their own organisation. */
export async function bookHours(ctx: AppContext, { actor, projectId, input }: { actor: Actor; projectId: string; input: HourBookingInput }) {
  await ctx.access.require(actor, 'hours.book', projectId);
  await ctx.db.transaction().execute(async (trx) => {
    const id = await createHoursRepository(trx).book(projectId, actor.userId, actor.organisationId, input);
    await recordAudit(trx, { actorUserId: actor.userId, action: 'create', resourceType: 'hour_booking', resourceId: id, projectId, details: { ...input } });
  });
}

export async function deleteHourBooking(ctx: AppContext, { actor, projectId, bookingId }: { actor: Actor; projectId: string; bookingId: string }) {
  await ctx.access.require(actor, 'hours.book', projectId);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await createHoursRepository(trx).removeOwn(projectId, actor.userId, bookingId))) throw new NotFoundError();
    await recordAudit(trx, { actorUserId: actor.userId, action: 'delete', resourceType: 'hour_booking', resourceId: bookingId, projectId });
  });
}
