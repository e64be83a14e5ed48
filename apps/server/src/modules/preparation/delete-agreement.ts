import type { Actor } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { createPreparationRepository } from './repository.js';

export async function deleteAgreement(ctx: AppContext, { actor, projectId, agreementId }: { actor: Actor; projectId: string; agreementId: string }) {
  await ctx.access.require(actor, 'preparation.manage', projectId);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await createPreparationRepository(trx).deleteAgreement(projectId, agreementId))) throw new NotFoundError();
    await recordAudit(trx, { actorUserId: actor.userId, action: 'delete', resourceType: 'collaboration_agreement', resourceId: agreementId, projectId });
  });
  return { ok: true as const };
}
