import type { Actor, AssignInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { ValidationError, type FieldProblem } from '../../platform/http/errors.js';
import { createGroupingRepository, type GroupingKind } from '../groupings/repository.js';
import { createAddressRepository } from './repository.js';

/** Puts a selection of homes in a building, sub-neighbourhood and/or building phase: all or nothing. */
export async function assignAddresses(ctx: AppContext, { actor, projectId, input }: { actor: Actor; projectId: string; input: AssignInput }) {
  await ctx.access.require(actor, 'addresses.manage', projectId);
  return ctx.db.transaction().execute(async (trx) => {
    const groupings = createGroupingRepository(trx);
    const addresses = createAddressRepository(trx);
    const problems: FieldProblem[] = [];
    const targets: [GroupingKind, 'buildingId' | 'subNeighbourhoodId' | 'buildingPhaseId'][] = [
      ['buildings', 'buildingId'],
      ['subNeighbourhoods', 'subNeighbourhoodId'],
      ['buildingPhases', 'buildingPhaseId'],
    ];
    for (const [kind, field] of targets) {
      const id = input[field];
      if (id && !(await groupings.exists(kind, projectId, id))) problems.push({ path: [field], key: 'errors.invalid' });
    }
    const { selection } = input;
    if (selection.by === 'building' && !(await groupings.exists('buildings', projectId, selection.buildingId)))
      problems.push({ path: ['selection', 'buildingId'], key: 'errors.invalid' });
    if (selection.by === 'ids') {
      const unique = [...new Set(selection.addressIds)];
      if ((await addresses.countOfIds(projectId, unique)) !== unique.length) problems.push({ path: ['selection', 'addressIds'], key: 'errors.invalid' });
    }
    if (problems.length) throw new ValidationError(problems);

    const values = {
      ...(input.buildingId !== undefined ? { building_id: input.buildingId } : {}),
      ...(input.subNeighbourhoodId !== undefined ? { sub_neighbourhood_id: input.subNeighbourhoodId } : {}),
      ...(input.buildingPhaseId !== undefined ? { building_phase_id: input.buildingPhaseId } : {}),
    };
    const updated = await addresses.assign(
      projectId,
      selection.by === 'ids'
        ? { addressIds: selection.addressIds }
        : selection.by === 'street'
          ? { street: selection.street }
          : { buildingId: selection.buildingId },
      values,
    );
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'update',
      resourceType: 'address_groupings',
      projectId,
      details: { selection: selection.by === 'ids' ? { by: 'ids', count: selection.addressIds.length } : selection, ...values, updated },
    });
    return { updated };
  });
}
