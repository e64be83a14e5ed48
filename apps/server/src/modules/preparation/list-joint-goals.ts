import type { Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createPreparationRepository } from './repository.js';

/** The joint goals the parties set at the start. */
export async function listJointGoals(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }) {
  await ctx.access.require(actor, 'agreements.read', projectId);
  return { goals: await createPreparationRepository(ctx.db).listGoals(projectId) };
}
