import { visitProgress, worksProgress, type Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import type { Translate } from '../../platform/i18n/translate.js';
import { createGroupingRepository } from '../groupings/repository.js';
import { visitView } from './list-visits.js';
import { createVisitRepository } from './repository.js';

type Counts = { groupId: string | null; homes: number; visited: number; withConversation: number };

/**
 * The rows of a grouping, the homes in no group among them. When no home is grouped yet there are
 * no rows: one "not grouped" row would only repeat the project's total under another name.
 */
export function groupRows<T extends { groupId: string | null }>(rows: readonly T[]): T[] {
  return rows.some((r) => r.groupId !== null) ? [...rows] : [];
}

/**
 * Share of homes visited and with a social conversation, per building phase and sub-neighbourhood.
 * The contractor gets homes visited only (see `worksProgress`): no conversations, small cells kept back.
 */
export async function getVisitProgress(ctx: AppContext, { actor, projectId, t }: { actor: Actor; projectId: string; t: Translate }) {
  const role = await ctx.access.require(actor, 'visits.read', projectId);
  const works = visitView(actor, projectId, role) === 'works';
  const visits = createVisitRepository(ctx.db);
  const groupings = createGroupingRepository(ctx.db);
  const [total, byPhase, bySub, phases, subs] = await Promise.all([
    visits.progress(projectId, null, works),
    visits.progress(projectId, 'building_phase_id', works),
    visits.progress(projectId, 'sub_neighbourhood_id', works),
    groupings.buildingPhases(projectId),
    groupings.subNeighbourhoods(projectId),
  ]);
  const names = new Map([...phases, ...subs].map((g) => [g.id, g.name]));
  const nameOf = (groupId: string | null) => (groupId ? (names.get(groupId) ?? '') : t('visits.noGroup'));
  const sortByName = <T extends { name: string }>(rows: T[]) => rows.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const sum: Counts = total[0] ?? { groupId: null, homes: 0, visited: 0, withConversation: 0 };
  const totalRow = { groupId: null, name: t('visits.projectTotal') };
  if (!works) {
    const toGroup = (r: Counts) => ({ groupId: r.groupId, name: nameOf(r.groupId), ...visitProgress(r.homes, r.visited, r.withConversation) });
    return {
      total: { ...totalRow, ...visitProgress(sum.homes, sum.visited, sum.withConversation) },
      byBuildingPhase: sortByName(groupRows(byPhase).map(toGroup)),
      bySubNeighbourhood: sortByName(groupRows(bySub).map(toGroup)),
    };
  }
  // Each grouping is a table with the project total as its margin: a total kept back in either is kept back.
  const protect = (rows: Counts[]) => {
    const table = worksProgress(rows.length ? rows : [sum]);
    return { groups: rows.map((r, i) => ({ groupId: r.groupId, name: nameOf(r.groupId), ...table.groups[i]! })), total: table.total };
  };
  const phaseTable = protect(groupRows(byPhase));
  const subTable = protect(groupRows(bySub));
  const both = <K extends 'homes' | 'visited' | 'visitedPct'>(key: K) =>
    phaseTable.total[key] === null || subTable.total[key] === null ? null : phaseTable.total[key];
  return {
    total: { ...totalRow, ...phaseTable.total, homes: both('homes'), visited: both('visited'), visitedPct: both('visitedPct') },
    byBuildingPhase: sortByName(phaseTable.groups),
    bySubNeighbourhood: sortByName(subTable.groups),
  };
}
