import type { Actor } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { ConflictError } from '../../platform/http/errors.js';
import { getPrivacyPlan } from './get-privacy-plan.js';
import { loadPrivacyPlan } from './load-privacy-plan.js';
import { createPrivacyPlanRepository } from './repository.js';

/**
 * Signs the version the signer read, on behalf of the signer's organisation, which must be a core
 * party of the project. A plan that changed since it was read is refused: the signer reads again.
 */
export async function signPrivacyPlan(ctx: AppContext, { actor, projectId, versionHash }: { actor: Actor; projectId: string; versionHash: string }) {
  await ctx.access.require(actor, 'privacyPlan.sign', projectId);
  await ctx.db.transaction().execute(async (trx) => {
    const { plan, parties } = await loadPrivacyPlan(trx, projectId);
    if (!parties.some((p) => p.organisationId === actor.organisationId)) throw new ConflictError('privacyPlan.notCoreParty');
    if (plan.versionHash !== versionHash) throw new ConflictError('privacyPlan.staleVersion');
    const repository = createPrivacyPlanRepository(trx);
    const signed = await repository.sign({
      projectId,
      organisationId: actor.organisationId,
      versionHash,
      userId: actor.userId,
      userName: await repository.displayName(actor.userId),
    });
    if (signed)
      await recordAudit(trx, {
        actorUserId: actor.userId,
        action: 'create',
        resourceType: 'privacy_plan_signoff',
        resourceId: projectId,
        projectId,
        details: { organisationId: actor.organisationId, versionHash },
      });
  });
  return getPrivacyPlan(ctx, { actor, projectId });
}
