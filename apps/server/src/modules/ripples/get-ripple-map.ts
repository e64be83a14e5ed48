import type { Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { requireRippleReader } from './can-draw.js';
import { createRippleRepository } from './repository.js';
import { loadRippleMap } from './to-ripple-map.js';

/** One map with its effects and arrows; a draft is not found for who does not draw. */
export async function getRippleMap(ctx: AppContext, { actor, projectId, mapId }: { actor: Actor; projectId: string; mapId: string }) {
  const { draws } = await requireRippleReader(ctx, actor, projectId);
  const map = await loadRippleMap(createRippleRepository(ctx.db), projectId, mapId);
  if (!map || (!draws && map.status !== 'finished')) throw new NotFoundError();
  return map;
}
