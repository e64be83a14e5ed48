import type { Actor, RippleMapPage } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { requireRippleReader } from './can-draw.js';
import { createRippleRepository } from './repository.js';
import { toRippleMapSummary } from './to-ripple-map.js';

/**
 * A page of the project's ripple maps, newest first: drafts only for who draws them. Maps hold no
 * household data (every text passed the identifying check), so reading them is not audited.
 */
export async function listRippleMaps(
  ctx: AppContext,
  { actor, projectId, page }: { actor: Actor; projectId: string; page: { offset: number; limit: number } },
): Promise<RippleMapPage> {
  const { draws } = await requireRippleReader(ctx, actor, projectId);
  const { rows, total } = await createRippleRepository(ctx.db).list(projectId, { includeDrafts: draws, ...page });
  return { maps: rows.map(toRippleMapSummary), total };
}
