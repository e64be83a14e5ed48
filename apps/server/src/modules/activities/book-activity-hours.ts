import type { Actor, ActivityHoursInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { identifyingProblems, NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { identifyingChecker } from '../registrations/identifying-checker.js';
import { getActivity } from './get-activity.js';
import { createActivityRepository } from './repository.js';

/**
 * Books the actor's hours on an activity. They go on the project's phase-4 hour line (social
 * connecting), so they count in the hours overview against the appendix-2 budget like any booking.
 */
export async function bookActivityHours(
  ctx: AppContext,
  { actor, projectId, activityId, input }: { actor: Actor; projectId: string; activityId: string; input: ActivityHoursInput },
) {
  await ctx.access.require(actor, 'activities.manage', projectId);
  await ctx.access.require(actor, 'hours.book', projectId);
  if (!(await createActivityRepository(ctx.db).exists(projectId, activityId))) throw new NotFoundError();
  const problems = identifyingProblems(['note'], input.note, await identifyingChecker(ctx.db, projectId, { team: false }));
  if (problems.length) throw new ValidationError(problems);
  await ctx.db.transaction().execute(async (trx) => {
    const id = await createActivityRepository(trx).bookHours(projectId, activityId, actor.userId, actor.organisationId, input);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'create',
      resourceType: 'hour_booking',
      resourceId: id,
      projectId,
      details: { ...input, phase: 'social_connecting', activityId },
    });
  });
  return getActivity(ctx, { actor, projectId, activityId });
}
