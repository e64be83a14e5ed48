import { can, type Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';

/** Reads ripple maps (404 otherwise) and tells whether the actor also draws them, and so sees drafts. */
export async function requireRippleReader(ctx: AppContext, actor: Actor, projectId: string) {
  const role = await ctx.access.require(actor, 'ripples.read', projectId);
  return { draws: can(actor, 'ripples.draw', { kind: 'project', projectId, role }) };
}
