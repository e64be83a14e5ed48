import type { Actor, PrivacySettingsInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { identifyingProblems, ValidationError } from '../../platform/http/errors.js';
import { identifyingChecker } from '../registrations/identifying-checker.js';
import { getPrivacyPlan } from './get-privacy-plan.js';
import { createPrivacyPlanRepository } from './repository.js';

/**
 * The privacy contact and the retention period. Both are in the plan, so a change makes a new
 * version that the core parties sign again. The contact reaches residents through the leaflet: a
 * resident's name is refused, the team's own names are allowed.
 */
export async function updatePrivacySettings(ctx: AppContext, { actor, projectId, input }: { actor: Actor; projectId: string; input: PrivacySettingsInput }) {
  await ctx.access.require(actor, 'project.update', projectId);
  await ctx.db.transaction().execute(async (trx) => {
    const problems = identifyingProblems(['privacyContactName'], input.privacyContactName, await identifyingChecker(trx, projectId, { team: false }));
    if (problems.length) throw new ValidationError(problems);
    await createPrivacyPlanRepository(trx).saveSettings(projectId, input);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'update',
      resourceType: 'privacy_settings',
      resourceId: projectId,
      projectId,
      details: { ...input },
    });
  });
  return getPrivacyPlan(ctx, { actor, projectId });
}
