import { fitCheckAdvice, type Actor, type FitCheck } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createPrivacyPlanRepository } from './repository.js';

/** The project's fit check with what its criteria advise; null before one is filled in. */
export async function getFitCheck(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }): Promise<{ fitCheck: FitCheck | null }> {
  await ctx.access.require(actor, 'project.read', projectId);
  const row = await createPrivacyPlanRepository(ctx.db).fitCheck(projectId);
  if (!row) return { fitCheck: null };
  const answers = { ...row, worksKinds: row.worksKinds as FitCheck['worksKinds'], partnersAvailable: row.partnersAvailable as FitCheck['partnersAvailable'] };
  return { fitCheck: { ...answers, ...fitCheckAdvice(answers) } };
}
