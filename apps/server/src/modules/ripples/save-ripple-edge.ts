import type { Actor, RippleEdgeInput } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError, ValidationError, type FieldProblem } from '../../platform/http/errors.js';
import { drawOnMap } from './draw-on-map.js';

type Target = { actor: Actor; projectId: string; mapId: string };

/** Draws an arrow from a cause to its effect; both must be effects on this map. */
export function addRippleEdge(ctx: AppContext, target: Target & { input: RippleEdgeInput }) {
  const { fromNodeId, toNodeId } = target.input;
  return drawOnMap(ctx, target, { action: 'create', resourceType: 'ripple_edge' }, async (ripples) => {
    const onMap = await ripples.nodesOnMap(target.mapId, [fromNodeId, toNodeId]);
    const problems: FieldProblem[] = [];
    if (!onMap.has(fromNodeId)) problems.push({ path: ['fromNodeId'], key: 'errors.rippleNodeNotInMap' });
    if (!onMap.has(toNodeId)) problems.push({ path: ['toNodeId'], key: 'errors.rippleNodeNotInMap' });
    if (!problems.length && fromNodeId === toNodeId) problems.push({ path: ['toNodeId'], key: 'errors.rippleEdgeToItself' });
    if (!problems.length && (await ripples.edgeExists(target.mapId, target.input))) problems.push({ path: ['toNodeId'], key: 'errors.rippleEdgeExists' });
    if (problems.length) throw new ValidationError(problems);
    return { resourceId: await ripples.insertEdge(target.mapId, target.input) };
  });
}

export function deleteRippleEdge(ctx: AppContext, target: Target & { edgeId: string }) {
  return drawOnMap(ctx, target, { action: 'delete', resourceType: 'ripple_edge' }, async (ripples) => {
    if (!(await ripples.removeEdge(target.mapId, target.edgeId))) throw new NotFoundError();
    return { resourceId: target.edgeId };
  });
}
