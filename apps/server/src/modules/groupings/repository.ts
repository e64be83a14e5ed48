import { sql } from 'kysely';
import type { BuildingInput, BuildingPhaseInput } from '@thuis/domain';
import type { Db } from '../../platform/db/database.js';

/** The three ways homes are grouped; each is a table with a foreign key on addresses. */
export const groupingKinds = {
  buildings: { table: 'buildings', addressColumn: 'building_id', uniqueColumn: 'code', uniqueField: 'code' },
  subNeighbourhoods: { table: 'sub_neighbourhoods', addressColumn: 'sub_neighbourhood_id', uniqueColumn: 'name', uniqueField: 'name' },
  buildingPhases: { table: 'building_phases', addressColumn: 'building_phase_id', uniqueColumn: 'name', uniqueField: 'name' },
} as const;
export type GroupingKind = keyof typeof groupingKinds;

const addressCount = (kind: GroupingKind) =>
  sql<number>`(select count(*)::int from addresses a where a.${sql.ref(groupingKinds[kind].addressColumn)} = g.id)`.as('addressCount');

export function createGroupingRepository(db: Db) {
  return {
    buildings(projectId: string) {
      return db
        .selectFrom('buildings as g')
        .where('g.project_id', '=', projectId)
        .select(['g.id', 'g.code', 'g.name', addressCount('buildings')])
        .orderBy(sql`lower(g.code)`)
        .execute();
    },
    subNeighbourhoods(projectId: string) {
      return db
        .selectFrom('sub_neighbourhoods as g')
        .where('g.project_id', '=', projectId)
        .select(['g.id', 'g.name', addressCount('subNeighbourhoods')])
        .orderBy(sql`lower(g.name)`)
        .execute();
    },
    async buildingPhases(projectId: string) {
      const rows = await db
        .selectFrom('building_phases as g')
        .where('g.project_id', '=', projectId)
        .select([
          'g.id',
          'g.name',
          'g.intervention',
          'g.planned_start as plannedStart',
          'g.planned_end as plannedEnd',
          'g.actual_start as actualStart',
          'g.actual_end as actualEnd',
          addressCount('buildingPhases'),
        ])
        .orderBy(sql`g.planned_start nulls last`)
        .orderBy(sql`lower(g.name)`)
        .execute();
      return rows as (Omit<(typeof rows)[number], 'intervention'> & { intervention: BuildingPhaseInput['intervention'] })[];
    },

    /** Whether a grouping of the project exists; ids of other projects do not. */
    async exists(kind: GroupingKind, projectId: string, id: string): Promise<boolean> {
      const row = await db.selectFrom(groupingKinds[kind].table).where('project_id', '=', projectId).where('id', '=', id).select('id').executeTakeFirst();
      return row !== undefined;
    },

    async uniqueTaken(kind: GroupingKind, projectId: string, value: string, exceptId?: string): Promise<boolean> {
      let query = db
        .selectFrom(groupingKinds[kind].table)
        .where('project_id', '=', projectId)
        .where(sql`lower(${sql.ref(groupingKinds[kind].uniqueColumn)})`, '=', value.toLowerCase())
        .select('id');
      if (exceptId) query = query.where('id', '<>', exceptId);
      return (await query.executeTakeFirst()) !== undefined;
    },

    async inUse(kind: GroupingKind, id: string): Promise<boolean> {
      const row = await db.selectFrom('addresses').where(sql.ref(groupingKinds[kind].addressColumn), '=', id).select('id').limit(1).executeTakeFirst();
      return row !== undefined;
    },

    async insertBuilding(projectId: string, input: BuildingInput) {
      return (
        await db
          .insertInto('buildings')
          .values({ project_id: projectId, ...input })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    },
    async updateBuilding(id: string, input: BuildingInput) {
      await db.updateTable('buildings').set(input).where('id', '=', id).execute();
    },
    async insertSubNeighbourhood(projectId: string, name: string) {
      return (await db.insertInto('sub_neighbourhoods').values({ project_id: projectId, name }).returning('id').executeTakeFirstOrThrow()).id;
    },
    async updateSubNeighbourhood(id: string, name: string) {
      await db.updateTable('sub_neighbourhoods').set({ name }).where('id', '=', id).execute();
    },
    async insertBuildingPhase(projectId: string, input: BuildingPhaseInput) {
      return (
        await db
          .insertInto('building_phases')
          .values({ project_id: projectId, ...phaseColumns(input) })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    },
    async updateBuildingPhase(id: string, input: BuildingPhaseInput) {
      await db.updateTable('building_phases').set(phaseColumns(input)).where('id', '=', id).execute();
    },
    async remove(kind: GroupingKind, id: string) {
      await db.deleteFrom(groupingKinds[kind].table).where('id', '=', id).execute();
    },
  };
}

function phaseColumns(input: BuildingPhaseInput) {
  return {
    name: input.name,
    intervention: input.intervention,
    planned_start: input.plannedStart,
    planned_end: input.plannedEnd,
    actual_start: input.actualStart,
    actual_end: input.actualEnd,
  };
}
