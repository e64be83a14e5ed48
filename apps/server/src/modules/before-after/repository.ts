import { sql } from 'kysely';
import type { Measurement, MeasurementCorrection, MeasurementInput } from '@thuis/domain';
import type { Db } from '../../platform/db/database.js';

/** The only SQL of before and after per household. Measurements hold a pseudonym, never an identity. */
export function createBeforeAfterRepository(db: Db) {
  return {
    async enabled(projectId: string) {
      return (await db.selectFrom('before_after_settings').where('project_id', '=', projectId).select('enabled').executeTakeFirst())?.enabled ?? false;
    },

    async saveEnabled(projectId: string, enabled: boolean, userId: string) {
      await db
        .insertInto('before_after_settings')
        .values({ project_id: projectId, enabled, updated_by: userId })
        .onConflict((oc) => oc.column('project_id').doUpdateSet({ enabled, updated_by: userId, updated_at: new Date() }))
        .execute();
    },

    /** Stores a measurement once per client id; undefined when that client id is already stored. */
    async insertOnce(projectId: string, household: { householdKey: string; buildingPhaseId: string | null }, input: MeasurementInput, createdBy: string) {
      return (
        await db
          .insertInto('household_measurements')
          .values({
            project_id: projectId,
            client_id: input.clientId,
            household_key: household.householdKey,
            moment: input.moment,
            measured_on: input.measuredOn,
            wellbeing: input.wellbeing,
            ladder: input.ladder,
            building_phase_id: household.buildingPhaseId,
            created_by: createdBy,
          })
          .onConflict((oc) => oc.columns(['project_id', 'client_id']).where('client_id', 'is not', null).doNothing())
          .returning('id')
          .executeTakeFirst()
      )?.id;
    },

    /** The stored measurement of this client id in the project (another project's is not seen). */
    byClientId(projectId: string, clientId: string) {
      return db
        .selectFrom('household_measurements')
        .where('project_id', '=', projectId)
        .where('client_id', '=', clientId)
        .select(['id', 'client_id as clientId', 'moment', sql<string>`to_char(measured_on, 'YYYY-MM-DD')`.as('measuredOn')])
        .executeTakeFirst();
    },

    /** One measurement of the project, with its household's pseudonym. */
    find(projectId: string, measurementId: string) {
      return db
        .selectFrom('household_measurements')
        .where('project_id', '=', projectId)
        .where('id', '=', measurementId)
        .select(['id', 'household_key as householdKey', 'moment'])
        .executeTakeFirst();
    },

    /** The measurements of one household, oldest first. */
    ofHousehold(projectId: string, householdKey: string) {
      return db
        .selectFrom('household_measurements')
        .where('project_id', '=', projectId)
        .where('household_key', '=', householdKey)
        .select([
          'id',
          'moment',
          sql<string>`to_char(measured_on, 'YYYY-MM-DD')`.as('measuredOn'),
          sql<number | null>`wellbeing::int`.as('wellbeing'),
          sql<number | null>`ladder::int`.as('ladder'),
        ])
        .orderBy('measured_on')
        .orderBy('created_at')
        .orderBy('id')
        .execute();
    },

    async update(projectId: string, measurementId: string, input: MeasurementCorrection) {
      const result = await db
        .updateTable('household_measurements')
        .set({ moment: input.moment, measured_on: input.measuredOn, wellbeing: input.wellbeing, ladder: input.ladder, updated_at: new Date() })
        .where('project_id', '=', projectId)
        .where('id', '=', measurementId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async remove(projectId: string, measurementId: string) {
      const result = await db.deleteFrom('household_measurements').where('project_id', '=', projectId).where('id', '=', measurementId).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    /** Whether this household already has its first-visit measurement (other than `except`). */
    async hasFirst(projectId: string, householdKey: string, except?: string) {
      let q = db
        .selectFrom('household_measurements')
        .where('project_id', '=', projectId)
        .where('household_key', '=', householdKey)
        .where('moment', '=', 'first_visit');
      if (except) q = q.where('id', '!=', except);
      return (await q.select('id').executeTakeFirst()) !== undefined;
    },

    /** Every measurement of the project with the household's building phase (of its first measurement) and age group (of its latest registration). */
    async measurementsWithGroups(projectId: string): Promise<(Measurement & { buildingPhaseId: string | null; ageGroup: string | null })[]> {
      const result = await sql<{
        householdKey: string;
        moment: 'first_visit' | 'later';
        measuredOn: string;
        wellbeing: number | null;
        ladder: number | null;
        buildingPhaseId: string | null;
        ageGroup: string | null;
      }>`
        with first as (
          select distinct on (household_key) household_key, building_phase_id
          from household_measurements where project_id = ${projectId} and moment = 'first_visit'
          order by household_key, measured_on, created_at
        ),
        age as (
          select distinct on (household_key) household_key, (content::jsonb -> 'answers' ->> 'age_group') as age_group
          from registrations where project_id = ${projectId}
          order by household_key, created_at desc
        )
        select m.household_key as "householdKey", m.moment, to_char(m.measured_on, 'YYYY-MM-DD') as "measuredOn",
               m.wellbeing::int as wellbeing, m.ladder::int as ladder, first.building_phase_id as "buildingPhaseId", age.age_group as "ageGroup"
        from household_measurements m
        left join first on first.household_key = m.household_key
        left join age on age.household_key = m.household_key
        where m.project_id = ${projectId}`.execute(db);
      return result.rows;
    },

    buildingPhases(projectId: string) {
      return db
        .selectFrom('building_phases')
        .where('project_id', '=', projectId)
        .select(['id', 'name'])
        .orderBy(sql`planned_start asc nulls last`)
        .orderBy('name')
        .execute();
    },
  };
}
