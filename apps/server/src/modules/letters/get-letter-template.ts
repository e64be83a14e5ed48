import { defaultLetterTemplate, type Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createLetterRepository } from './repository.js';

/** The project's invitation letter, or the default one while the project has none of its own. */
export async function getLetterTemplate(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }) {
  await ctx.access.require(actor, 'visits.plan', projectId);
  const saved = await createLetterRepository(ctx.db).template(projectId);
  return saved ? { ...saved, isDefault: false } : { ...defaultLetterTemplate, isDefault: true };
}
