import { trainingTopics, type Actor, type TrainingRecordInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { visitingRoles } from './get-training-register.js';
import { createPreparationRepository } from './repository.js';

/**
 * Records that a visitor was trained on one of the handbook's topics. Its hours are booked on the
 * phase-1 hour line for the visitor's organisation, so they count with the other preparation hours.
 */
export async function recordTraining(ctx: AppContext, { actor, projectId, input }: { actor: Actor; projectId: string; input: TrainingRecordInput }) {
  await ctx.access.require(actor, 'preparation.manage', projectId);
  const visitor = (await createPreparationRepository(ctx.db).visitors(projectId, visitingRoles)).find((v) => v.userId === input.userId);
  if (!visitor) throw new ValidationError([{ path: ['userId'], key: 'errors.notAVisitor' }]);
  return ctx.db.transaction().execute(async (trx) => {
    const repository = createPreparationRepository(trx);
    const bookingId =
      input.hours > 0 ? await repository.bookTrainingHours(projectId, visitor, input, `Training ${trainingTopics.indexOf(input.topic) + 1}/4`) : null;
    const id = await repository.insertTraining(projectId, actor.userId, input, bookingId);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'create',
      resourceType: 'training_record',
      resourceId: id,
      projectId,
      details: { userId: input.userId, topic: input.topic, trainedOn: input.trainedOn, hours: input.hours },
    });
    return { id };
  });
}

export async function deleteTraining(ctx: AppContext, { actor, projectId, recordId }: { actor: Actor; projectId: string; recordId: string }) {
  await ctx.access.require(actor, 'preparation.manage', projectId);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await createPreparationRepository(trx).deleteTraining(projectId, recordId))) throw new NotFoundError();
    await recordAudit(trx, { actorUserId: actor.userId, action: 'delete', resourceType: 'training_record', resourceId: recordId, projectId });
  });
  return { ok: true as const };
}
