import { sql } from 'kysely';
import type { OverviewQuery } from '@thuis/domain';
import type { Db } from '../../platform/db/database.js';

/**
 * The only SQL of the picture of the neighbourhood. It reads registrations and their groups, never
 * households or addresses: the analysis does not join to identities.
 */
export function createPictureRepository(db: Db) {
  return {
    forms(projectId: string) {
      return db.selectFrom('registration_forms').where('project_id', '=', projectId).select(['id', 'version', 'definition']).orderBy('version').execute();
    },

    registrations(projectId: string, filters: OverviewQuery, ageGroupKey: string) {
      let query = db.selectFrom('registrations as r').where('r.project_id', '=', projectId);
      if (filters.buildingPhaseId) query = query.where('r.building_phase_id', '=', filters.buildingPhaseId);
      if (filters.subNeighbourhoodId) query = query.where('r.sub_neighbourhood_id', '=', filters.subNeighbourhoodId);
      if (filters.formVersionId) query = query.where('r.form_id', '=', filters.formVersionId);
      if (filters.ageGroup) query = query.where(sql<boolean>`r.content -> 'answers' ->> ${ageGroupKey} = ${filters.ageGroup}`);
      return query.select(['r.id', 'r.form_id as formId', 'r.content']).orderBy('r.created_at').execute();
    },
  };
}
