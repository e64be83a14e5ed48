import type { Actor, RippleNodeInput } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { checkRippleNode } from './check-ripple.js';
import { drawOnMap } from './draw-on-map.js';

type Target = { actor: Actor; projectId: string; mapId: string };

/** Adds an effect at a level. */
export function addRippleNode(ctx: AppContext, target: Target & { input: RippleNodeInput }) {
  return drawOnMap(ctx, target, { action: 'create', resourceType: 'ripple_node' }, async (ripples, trx) => {
    await checkRippleNode(trx, target.projectId, target.input);
    return { resourceId: await ripples.insertNode(target.mapId, target.input), details: { level: target.input.level } };
  });
}

/** Changes an effect's text, level or position (a drag, a move to another level); the text is checked again. */
export function updateRippleNode(ctx: AppContext, target: Target & { nodeId: string; input: RippleNodeInput }) {
  return drawOnMap(ctx, target, { action: 'update', resourceType: 'ripple_node' }, async (ripples, trx) => {
    await checkRippleNode(trx, target.projectId, target.input);
    if (!(await ripples.updateNode(target.mapId, target.nodeId, target.input))) throw new NotFoundError();
    return { resourceId: target.nodeId, details: { level: target.input.level } };
  });
}

/** Removes an effect and the arrows to and from it. */
export function deleteRippleNode(ctx: AppContext, target: Target & { nodeId: string }) {
  return drawOnMap(ctx, target, { action: 'delete', resourceType: 'ripple_node' }, async (ripples) => {
    if (!(await ripples.removeNode(target.mapId, target.nodeId))) throw new NotFoundError();
    return { resourceId: target.nodeId };
  });
}
