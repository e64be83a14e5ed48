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
