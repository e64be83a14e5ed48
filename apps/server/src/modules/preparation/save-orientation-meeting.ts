import { orientationTexts, type Actor, type OrientationMeetingInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { identifyingTextProblems, refuseProblems } from './check-texts.js';
import { createPreparationRepository } from './repository.js';

type Save = { actor: Actor; projectId: string; meetingId?: string; input: OrientationMeetingInput };

/** Records (or with `meetingId` changes) an orientation meeting; its notes and themes are checked for identifying details at every write. */
export async function saveOrientationMeeting(ctx: AppContext, { actor, projectId, meetingId, input }: Save) {
  await ctx.access.require(actor, 'preparation.manage', projectId);
  if (meetingId && !(await createPreparationRepository(ctx.db).exists('orientation_meetings', projectId, meetingId))) throw new NotFoundError();
  refuseProblems(await identifyingTextProblems(ctx, projectId, orientationTexts(input)));
  return ctx.db.transaction().execute(async (trx) => {
    const repository = createPreparationRepository(trx);
    let id = meetingId;
    if (id) {
      if (!(await repository.updateMeeting(projectId, id, input))) throw new NotFoundError();
    } else id = await repository.insertMeeting(projectId, actor.userId, input);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: meetingId ? 'update' : 'create',
      resourceType: 'orientation_meeting',
      resourceId: id,
      projectId,
      details: { heldOn: input.heldOn, attendees: input.attendees, themes: input.themes.length },
    });
    return { id };
  });
}
