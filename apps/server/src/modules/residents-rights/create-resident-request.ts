import { residentRequestDueOn, type Actor, type ResidentRequestInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { createResidentsRightsRepository } from './repository.js';

/** Records a resident's request as it came in; it is due one month later. */
export async function createResidentRequest(
  ctx: AppContext,
  { actor, projectId, householdId, input }: { actor: Actor; projectId: string; householdId: string; input: ResidentRequestInput },
) {
  await ctx.access.require(actor, 'residentsRights.handle', projectId);
  return ctx.db.transaction().execute(async (trx) => {
    const rights = createResidentsRightsRepository(trx);
    if (!(await rights.household(projectId, householdId))) throw new NotFoundError();
    const dueOn = residentRequestDueOn(input.receivedOn);
    const id = await rights.insertRequest({ projectId, householdId, kind: input.kind, receivedOn: input.receivedOn, dueOn, userId: actor.userId });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'create',
      resourceType: 'resident_request',
      resourceId: id,
      projectId,
      details: { kind: input.kind, receivedOn: input.receivedOn, dueOn },
      households: { ids: [householdId] },
    });
    return { id };
  });
}
