import { can, type Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';

/** Whether the reader sees every story as told (the social team) or only the selected ones. */
export async function readsAllStories(ctx: AppContext, actor: Actor, projectId: string): Promise<boolean> {
  const role = await ctx.access.require(actor, 'stories.selected.read', projectId);
  return can(actor, 'stories.read', { kind: 'project', projectId, role });
}
