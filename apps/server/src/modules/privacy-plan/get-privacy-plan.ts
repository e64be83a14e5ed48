import { can, purgeDateOf, type Actor, type PrivacyPlanView } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { loadPrivacyPlan } from './load-privacy-plan.js';

/** The plan as generated now, with who signed which version. It names organisations and roles, no household. */
export async function getPrivacyPlan(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }): Promise<PrivacyPlanView> {
  const role = await ctx.access.require(actor, 'project.read', projectId);
  const { settings, input, plan, parties } = await loadPrivacyPlan(ctx.db, projectId);
  const mayUnsigned = can(actor, 'privacyPlan.sign', { kind: 'project', projectId, role });
  return {
    sections: plan.sections,
    versionHash: plan.versionHash,
    settings: {
      privacyContactName: settings.contactName,
      privacyContactEmail: settings.contactEmail,
      retentionMonths: settings.retentionMonths,
      effectiveRetentionMonths: input.retentionMonths,
    },
    erasedAfter: purgeDateOf(settings.endsOn, input.retentionMonths),
    parties,
    complete: parties.length > 0 && parties.every((p) => p.current),
    canSign: mayUnsigned && parties.some((p) => p.organisationId === actor.organisationId && !p.current),
  };
}
