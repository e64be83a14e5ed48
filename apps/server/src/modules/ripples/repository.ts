import { sql } from 'kysely';
import type { RippleEdgeInput, RippleMapInput, RippleMapStatus, RippleNodeInput } from '@thuis/domain';
import type { Db } from '../../platform/db/database.js';

/** The only SQL of ripple maps, their nodes (effects) and edges (cause → effect). */
export function createRippleRepository(db: Db) {
  const summaries = () =>
    db
      .selectFrom('ripple_maps as m')
      .leftJoin('activities as a', (join) => join.onRef('a.id', '=', 'm.activity_id').onRef('a.project_id', '=', 'm.project_id'))
      .leftJoin('themes as t', (join) => join.onRef('t.id', '=', 'm.theme_id').onRef('t.project_id', '=', 'm.project_id'))
      .select([
        'm.id',
        'm.title',
        'm.status',
        'm.updated_at as updatedAt',
        'a.id as activityId',
        'a.title as activityTitle',
        't.id as themeId',
        't.name as themeName',
        sql<number>`(select count(*)::int from ripple_nodes n where n.map_id = m.id)`.as('nodeCount'),
      ]);

  return {
    async list(projectId: string, { includeDrafts, offset, limit }: { includeDrafts: boolean; offset: number; limit: number }) {
      const [rows, count] = await Promise.all([
        summaries()
          .where('m.project_id', '=', projectId)
          .$if(!includeDrafts, (q) => q.where('m.status', '=', 'finished'))
          .orderBy('m.updated_at', 'desc')
          .orderBy('m.id')
          .offset(offset)
          .limit(limit)
          .execute(),
        db
          .selectFrom('ripple_maps')
          .where('project_id', '=', projectId)
          .$if(!includeDrafts, (q) => q.where('status', '=', 'finished'))
          .select(sql<number>`count(*)::int`.as('total'))
          .executeTakeFirstOrThrow(),
      ]);
      return { rows, total: count.total };
    },

    /** The finished maps of a project, oldest first: what the final report shows. */
    finishedIds(projectId: string) {
      return db
        .selectFrom('ripple_maps')
        .where('project_id', '=', projectId)
        .where('status', '=', 'finished')
        .select('id')
        .orderBy('created_at')
        .orderBy('id')
        .execute();
    },

    find(projectId: string, mapId: string) {
      return summaries().where('m.project_id', '=', projectId).where('m.id', '=', mapId).executeTakeFirst();
    },

    /** Locks the map for a change to its drawing, so finishing and drawing do not cross; undefined for another project's map. */
    lock(projectId: string, mapId: string) {
      return db.selectFrom('ripple_maps').where('project_id', '=', projectId).where('id', '=', mapId).select(['id', 'status']).forUpdate().executeTakeFirst();
    },

    nodes(mapId: string) {
      return db
        .selectFrom('ripple_nodes')
        .where('map_id', '=', mapId)
        .select(['id', 'level', 'text', 'x', 'y'])
        .orderBy('level')
        .orderBy('y')
        .orderBy('x')
        .orderBy('id')
        .execute();
    },

    edges(mapId: string) {
      return db
        .selectFrom('ripple_edges')
        .where('map_id', '=', mapId)
        .select(['id', 'from_node_id as fromNodeId', 'to_node_id as toNodeId'])
        .orderBy('created_at')
        .orderBy('id')
        .execute();
    },

    async activityExists(projectId: string, activityId: string) {
      return (await db.selectFrom('activities').where('project_id', '=', projectId).where('id', '=', activityId).select('id').executeTakeFirst()) !== undefined;
    },

    /** A theme of the project that is in one of its top 5s. */
    async topThemeExists(projectId: string, themeId: string) {
      const row = await db
        .selectFrom('theme_top_lists')
        .where('project_id', '=', projectId)
        .where(sql<boolean>`${themeId}::uuid = any(theme_ids)`)
        .select('project_id')
        .executeTakeFirst();
      return row !== undefined;
    },

    async subjects(projectId: string) {
      const [activities, themes] = await Promise.all([
        db.selectFrom('activities').where('project_id', '=', projectId).select(['id', 'title']).orderBy('title').orderBy('id').execute(),
        db
          .selectFrom('themes')
          .where('project_id', '=', projectId)
          .where(({ exists, selectFrom }) =>
            exists(
              selectFrom('theme_top_lists as l')
                .whereRef('l.project_id', '=', 'themes.project_id')
                .where(sql<boolean>`themes.id = any(l.theme_ids)`)
                .select('l.project_id'),
            ),
          )
          .select(['id', 'name'])
          .orderBy('name')
          .orderBy('id')
          .execute(),
      ]);
      return { activities, themes };
    },

    async insert(projectId: string, input: RippleMapInput, createdBy: string) {
      const row = await db
        .insertInto('ripple_maps')
        .values({ project_id: projectId, title: input.title, activity_id: input.activityId, theme_id: input.themeId, created_by: createdBy })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async update(projectId: string, mapId: string, input: RippleMapInput) {
      const row = await db
        .updateTable('ripple_maps')
        .set({ title: input.title, activity_id: input.activityId, theme_id: input.themeId, updated_at: sql`now()` })
        .where('project_id', '=', projectId)
        .where('id', '=', mapId)
        .returning('id')
        .executeTakeFirst();
      return row !== undefined;
    },

    async setStatus(projectId: string, mapId: string, status: RippleMapStatus) {
      const row = await db
        .updateTable('ripple_maps')
        .set({ status, updated_at: sql`now()` })
        .where('project_id', '=', projectId)
        .where('id', '=', mapId)
        .returning('id')
        .executeTakeFirst();
      return row !== undefined;
    },

    async remove(projectId: string, mapId: string) {
      return (await db.deleteFrom('ripple_maps').where('project_id', '=', projectId).where('id', '=', mapId).returning('id').executeTakeFirst()) !== undefined;
    },

    async touch(mapId: string) {
      await db
        .updateTable('ripple_maps')
        .set({ updated_at: sql`now()` })
        .where('id', '=', mapId)
        .execute();
    },

    async insertNode(mapId: string, input: RippleNodeInput) {
      const row = await db
        .insertInto('ripple_nodes')
        .values({ map_id: mapId, level: input.level, text: input.text, x: input.x, y: input.y })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async updateNode(mapId: string, nodeId: string, input: RippleNodeInput) {
      const row = await db
        .updateTable('ripple_nodes')
        .set({ level: input.level, text: input.text, x: input.x, y: input.y, updated_at: sql`now()` })
        .where('map_id', '=', mapId)
        .where('id', '=', nodeId)
        .returning('id')
        .executeTakeFirst();
      return row !== undefined;
    },

    async removeNode(mapId: string, nodeId: string) {
      return (await db.deleteFrom('ripple_nodes').where('map_id', '=', mapId).where('id', '=', nodeId).returning('id').executeTakeFirst()) !== undefined;
    },

    /** Which of these nodes are on the map. */
    async nodesOnMap(mapId: string, nodeIds: string[]) {
      if (!nodeIds.length) return new Set<string>();
      const rows = await db.selectFrom('ripple_nodes').where('map_id', '=', mapId).where('id', 'in', nodeIds).select('id').execute();
      return new Set(rows.map((r) => r.id));
    },

    async edgeExists(mapId: string, input: RippleEdgeInput) {
      const row = await db
        .selectFrom('ripple_edges')
        .where('map_id', '=', mapId)
        .where('from_node_id', '=', input.fromNodeId)
        .where('to_node_id', '=', input.toNodeId)
        .select('id')
        .executeTakeFirst();
      return row !== undefined;
    },

    async insertEdge(mapId: string, input: RippleEdgeInput) {
      const row = await db
        .insertInto('ripple_edges')
        .values({ map_id: mapId, from_node_id: input.fromNodeId, to_node_id: input.toNodeId })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async removeEdge(mapId: string, edgeId: string) {
      return (await db.deleteFrom('ripple_edges').where('map_id', '=', mapId).where('id', '=', edgeId).returning('id').executeTakeFirst()) !== undefined;
    },
  };
}
export type RippleRepository = ReturnType<typeof createRippleRepository>;
