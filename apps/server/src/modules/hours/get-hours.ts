import { hoursOverview, type Actor, type PhaseKey } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createAddressRepository } from '../addresses/repository.js';
import { createHoursRepository } from './repository.js';

/** Budget against booked hours per phase and organisation, and the actor's own bookings. */
export async function getHours(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }) {
  await ctx.access.require(actor, 'hours.read', projectId);
  const hours = createHoursRepository(ctx.db);
  const [lines, bookings, addressCount, myBookings] = await Promise.all([
    hours.budget(projectId),
    hours.bookings(projectId),
    createAddressRepository(ctx.db).count(projectId),
    hours.myBookings(projectId, actor.userId),
  ]);
  const names = new Map(bookings.map((b) => [b.organisationId, b.organisationName]));
  const phases = hoursOverview(
    lines,
    addressCount,
    bookings.map((b) => ({ phase: b.phase as PhaseKey, organisationId: b.organisationId, hours: b.hours })),
  ).map((p) => ({
    ...p,
    byOrganisation: p.byOrganisation.map((o) => ({ ...o, organisationName: names.get(o.organisationId) ?? '' })),
  }));
  return { addressCount, lines, phases, myBookings: myBookings.map((b) => ({ ...b, phase: b.phase as PhaseKey })) };
}
