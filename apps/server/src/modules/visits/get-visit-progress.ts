import { visitProgress, type Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createGroupingRepository } from '../groupings/repository.js';
import { createVisitRepository } from './repository.js';

/** Share of homes visited and with a social conversation, per building phase and sub-neighbourhood. */
export async function getVisitProgress(ctx: AppContext, { actor, projectId, noGroupName }: { actor: Actor; projectId: string; noGroupName: string }) {
  await ctx.access.require(actor, 'visits.read', projectId);
  const visits = createVisitRepository(ctx.db);
  const groupings = createGroupingRepository(ctx.db);
  const [total, byPhase, bySub, phases, subs] = await Promise.all([
    visits.progress(projectId, null),
    visits.progress(projectId, 'building_phase_id'),
    visits.progress(projectId, 'sub_neighbourhood_id'),
    groupings.buildingPhases(projectId),
    groupings.subNeighbourhoods(projectId),
  ]);
  const names = new Map([...phases, ...subs].map((g) => [g.id, g.name]));
  const toGroup = (r: { groupId: string | null; homes: number; visited: number; withConversation: number }) => ({
    groupId: r.groupId,
    name: r.groupId ? (names.get(r.groupId) ?? '') : noGroupName,
    ...visitProgress(r.homes, r.visited, r.withConversation),
  });
  const sum = total[0] ?? { groupId: null, homes: 0, visited: 0, withConversation: 0 };
  return {
    total: toGroup(sum),
    byBuildingPhase: byPhase.map(toGroup).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    bySubNeighbourhood: bySub.map(toGroup).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
  };
}
