import type { Db } from '../../platform/db/database.js';

export interface NewSignal {
  projectId: string;
  category: string;
  subject: string;
  description: string;
  householdKey: string | null;
  buildingPhaseId: string | null;
  reportedBy: string;
  reportedByContractor: boolean;
}

/** The only SQL of signals. */
export function createSignalRepository(db: Db) {
  return {
    async insert(signal: NewSignal) {
      const row = await db
        .insertInto('signals')
        .values({
          project_id: signal.projectId,
          category: signal.category,
          subject: signal.subject,
          description: signal.description,
          household_key: signal.householdKey,
          building_phase_id: signal.buildingPhaseId,
          reported_by: signal.reportedBy,
          reported_by_contractor: signal.reportedByContractor,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async buildingPhaseExists(projectId: string, buildingPhaseId: string) {
      return (
        (await db.selectFrom('building_phases').where('project_id', '=', projectId).where('id', '=', buildingPhaseId).select('id').executeTakeFirst()) !==
        undefined
      );
    },

    async list(projectId: string) {
      return db
        .selectFrom('signals as s')
        .leftJoin('users as u', 'u.id', 's.reported_by')
        .leftJoin('building_phases as bp', 'bp.id', 's.building_phase_id')
        .where('s.project_id', '=', projectId)
        .select([
          's.id',
          's.category',
          's.subject',
          's.description',
          's.household_key as householdKey',
          's.building_phase_id as buildingPhaseId',
          'bp.name as buildingPhaseName',
          'u.display_name as reportedByName',
          's.reported_by_contractor as handedOverByContractor',
          's.created_at as createdAt',
        ])
        .orderBy('s.created_at', 'desc')
        .execute();
    },

    async find(projectId: string, signalId: string) {
      return db
        .selectFrom('signals')
        .where('project_id', '=', projectId)
        .where('id', '=', signalId)
        .select(['id', 'description', 'household_key as householdKey', 'building_phase_id as buildingPhaseId'])
        .executeTakeFirst();
    },
  };
}
