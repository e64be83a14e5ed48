import type { Actor, CompleteRequestInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { createResidentsRightsRepository } from './repository.js';

/**
 * Carries out a request and closes it, all in one transaction with its audit entry: a rectification
 * corrects the contact data, an erasure removes the identity and unlinks the pseudonym, an objection
 * marks the household "no contact"; an access request is closed once its export was handed over.
 */
export async function completeResidentRequest(
  ctx: AppContext,
  { actor, projectId, requestId, input }: { actor: Actor; projectId: string; requestId: string; input: CompleteRequestInput },
) {
  await ctx.access.require(actor, 'residentsRights.handle', projectId);
  await ctx.db.transaction().execute(async (trx) => {
    const rights = createResidentsRightsRepository(trx);
    const request = await rights.requestForUpdate(projectId, requestId);
    if (!request) throw new NotFoundError();
    if (request.status === 'done') throw new ConflictError('residentsRights.errors.alreadyDone');
    if (request.kind === 'rectification' && !input.contact) throw new ValidationError([{ path: ['contact', 'name'], key: 'errors.required' }]);
    if (request.kind !== 'rectification' && input.contact) throw new ValidationError([{ path: ['contact'], key: 'residentsRights.errors.noContactExpected' }]);
    const household = request.householdId ? await rights.household(projectId, request.householdId) : undefined;
    if (!household) throw new ConflictError('residentsRights.errors.householdGone');
    let details: Record<string, unknown> = {};
    if (request.kind === 'rectification') {
      if (household.identityErasedAt) throw new ConflictError('residentsRights.errors.erased');
      await rights.correctContact(household.id, input.contact!);
      // Which fields, never their values: the log must not keep what the resident had corrected.
      details = { corrected: ['name', 'phone', 'email'] };
    } else if (request.kind === 'erasure') {
      details = { erased: await rights.eraseIdentities([household.id]) };
    } else if (request.kind === 'objection') {
      await rights.markNoContact(household.id);
      details = { noContact: true };
    }
    await rights.markDone(request.id, actor.userId);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'complete',
      resourceType: 'resident_request',
      resourceId: request.id,
      projectId,
      details: { kind: request.kind, ...details },
      households: { ids: [household.id] },
    });
  });
  return { ok: true as const };
}
