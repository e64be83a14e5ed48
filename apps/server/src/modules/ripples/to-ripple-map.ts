import type { RippleMapDetail, RippleMapSummary } from '@thuis/domain';
import type { RippleRepository } from './repository.js';

type SummaryRow = NonNullable<Awaited<ReturnType<RippleRepository['find']>>>;

export const toRippleMapSummary = (row: SummaryRow): RippleMapSummary => ({
  id: row.id,
  title: row.title,
  status: row.status,
  activity: row.activityId ? { id: row.activityId, title: row.activityTitle ?? '' } : null,
  theme: row.themeId ? { id: row.themeId, name: row.themeName ?? '' } : null,
  nodeCount: Number(row.nodeCount),
  updatedAt: row.updatedAt.toISOString(),
});

/** The whole map: what it is about, its effects and its arrows; undefined when it is not the project's. */
export async function loadRippleMap(ripples: RippleRepository, projectId: string, mapId: string): Promise<RippleMapDetail | undefined> {
  const row = await ripples.find(projectId, mapId);
  if (!row) return undefined;
  const [nodes, edges] = await Promise.all([ripples.nodes(mapId), ripples.edges(mapId)]);
  return { ...toRippleMapSummary(row), nodes, edges };
}

/**
 * The finished maps of a project with their effects and arrows, for the final report (its worker
 * job lays each out with `layoutRippleMapForPdf` and draws it with `drawRippleMap`).
 */
export async function finishedRippleMaps(ripples: RippleRepository, projectId: string): Promise<RippleMapDetail[]> {
  const maps: RippleMapDetail[] = [];
  for (const { id } of await ripples.finishedIds(projectId)) {
    const map = await loadRippleMap(ripples, projectId, id);
    if (map) maps.push(map);
  }
  return maps;
}
