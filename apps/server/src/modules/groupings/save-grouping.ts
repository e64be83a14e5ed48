import type { Actor, Building, BuildingInput, BuildingPhase, BuildingPhaseInput, SubNeighbourhood } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { createGroupingRepository, groupingKinds, type GroupingKind } from './repository.js';

type Inputs = { buildings: BuildingInput; subNeighbourhoods: { name: string }; buildingPhases: BuildingPhaseInput };
type Outputs = { buildings: Building; subNeighbourhoods: SubNeighbourhood; buildingPhases: BuildingPhase };

/** Creates a building, sub-neighbourhood or building phase, or updates one when `id` is given. */
export async function saveGrouping<K extends GroupingKind>(
  ctx: AppContext,
  { actor, projectId, kind, id, input }: { actor: Actor; projectId: string; kind: K; id?: string; input: Inputs[K] },
): Promise<Outputs[K]> {
  await ctx.access.require(actor, 'addresses.manage', projectId);
  return ctx.db.transaction().execute(async (trx) => {
    const groupings = createGroupingRepository(trx);
    if (id && !(await groupings.exists(kind, projectId, id))) throw new NotFoundError();
    const { uniqueField } = groupingKinds[kind];
    const uniqueValue = (input as Record<string, string>)[uniqueField]!;
    if (await groupings.uniqueTaken(kind, projectId, uniqueValue, id)) throw new ValidationError([{ path: [uniqueField], key: 'errors.nameTaken' }]);

    let savedId = id;
    if (kind === 'buildings') {
      if (id) await groupings.updateBuilding(id, input as BuildingInput);
      else savedId = await groupings.insertBuilding(projectId, input as BuildingInput);
    } else if (kind === 'subNeighbourhoods') {
      const { name } = input as { name: string };
      if (id) await groupings.updateSubNeighbourhood(id, name);
      else savedId = await groupings.insertSubNeighbourhood(projectId, name);
    } else {
      if (id) await groupings.updateBuildingPhase(id, input as BuildingPhaseInput);
      else savedId = await groupings.insertBuildingPhase(projectId, input as BuildingPhaseInput);
    }
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: id ? 'update' : 'create',
      resourceType: groupingKinds[kind].table,
      resourceId: savedId!,
      projectId,
      details: { ...input },
    });
    const list =
      kind === 'buildings'
        ? await groupings.buildings(projectId)
        : kind === 'subNeighbourhoods'
          ? await groupings.subNeighbourhoods(projectId)
          : await groupings.buildingPhases(projectId);
    return (list as { id: string }[]).find((g) => g.id === savedId) as Outputs[K];
  });
}
