import { sql } from 'kysely';
import type { OpenTextCategory, OverviewQuery, ThemeInput, ThemeValence } from '@thuis/domain';
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

    themes(projectId: string) {
      return db.selectFrom('themes').where('project_id', '=', projectId).select(['id', 'name', 'description', 'conditions', 'valence']).orderBy('created_at').execute();
    },
    async themeNameTaken(projectId: string, name: string, exceptId?: string) {
      let query = db.selectFrom('themes').where('project_id', '=', projectId).where(sql<boolean>`lower(name) = lower(${name})`);
      if (exceptId) query = query.where('id', '<>', exceptId);
      return (await query.select('id').executeTakeFirst()) !== undefined;
    },
    async insertTheme(projectId: string, input: ThemeInput, userId: string) {
      return (
        await db
          .insertInto('themes')
          .values({ project_id: projectId, name: input.name, description: input.description, conditions: input.conditions, valence: input.valence, created_by: userId })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    },
    async updateTheme(projectId: string, themeId: string, input: ThemeInput) {
      const result = await db
        .updateTable('themes')
        .set({ name: input.name, description: input.description, conditions: input.conditions, valence: input.valence, updated_at: new Date() })
        .where('project_id', '=', projectId)
        .where('id', '=', themeId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    /** Removes a theme and takes it out of every coding and top list. */
    async deleteTheme(projectId: string, themeId: string) {
      await db.updateTable('statement_codings').set({ theme_ids: sql`array_remove(theme_ids, ${themeId}::uuid)` }).where('project_id', '=', projectId).execute();
      await db.updateTable('theme_top_lists').set({ theme_ids: sql`array_remove(theme_ids, ${themeId}::uuid)` }).where('project_id', '=', projectId).execute();
      const result = await db.deleteFrom('themes').where('project_id', '=', projectId).where('id', '=', themeId).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    codings(projectId: string) {
      return db
        .selectFrom('statement_codings')
        .where('project_id', '=', projectId)
        .select(['registration_id as registrationId', 'category', 'theme_ids as themeIds', 'is_unique as unique'])
        .orderBy('updated_at')
        .execute();
    },
    /** The open text a statement is, when the registration is the project's and has one there. */
    async statementText(projectId: string, registrationId: string, category: OpenTextCategory) {
      const row = await db
        .selectFrom('registrations')
        .where('project_id', '=', projectId)
        .where('id', '=', registrationId)
        .select(sql<string | null>`content -> 'openText' ->> ${category}`.as('text'))
        .executeTakeFirst();
      return row?.text ?? null;
    },
    /** One row per statement: coding it again replaces its themes (a retry changes nothing). */
    async saveCoding(projectId: string, coding: { registrationId: string; category: OpenTextCategory; themeIds: string[]; unique: boolean }, userId: string) {
      await db
        .insertInto('statement_codings')
        .values({ registration_id: coding.registrationId, category: coding.category, project_id: projectId, theme_ids: coding.themeIds, is_unique: coding.unique, coded_by: userId })
        .onConflict((oc) => oc.columns(['registration_id', 'category']).doUpdateSet({ theme_ids: coding.themeIds, is_unique: coding.unique, coded_by: userId, updated_at: new Date() }))
        .execute();
    },
    /** Background answers of the coded registrations, for who says a theme. */
    async answersOf(projectId: string, keys: readonly string[]) {
      const rows = await db
        .selectFrom('registrations as r')
        .where('r.project_id', '=', projectId)
        .where((eb) => eb.exists(eb.selectFrom('statement_codings as c').whereRef('c.registration_id', '=', 'r.id').select('c.registration_id')))
        .select(['r.id', 'r.content'])
        .execute();
      return new Map(rows.map((r) => [r.id, Object.fromEntries(keys.map((k) => [k, r.content.answers[k]]))]));
    },

    async topLists(projectId: string) {
      const rows = await db.selectFrom('theme_top_lists').where('project_id', '=', projectId).select(['valence', 'theme_ids as themeIds']).execute();
      return { promising: rows.find((r) => r.valence === 'promising')?.themeIds ?? [], concern: rows.find((r) => r.valence === 'concern')?.themeIds ?? [] };
    },
    async saveTopList(projectId: string, valence: ThemeValence, themeIds: string[], userId: string) {
      await db
        .insertInto('theme_top_lists')
        .values({ project_id: projectId, valence, theme_ids: themeIds, updated_by: userId })
        .onConflict((oc) => oc.columns(['project_id', 'valence']).doUpdateSet({ theme_ids: themeIds, updated_by: userId, updated_at: new Date() }))
        .execute();
    },

    sessions(projectId: string) {
      return db
        .selectFrom('work_sessions as s')
        .leftJoin('users as u', 'u.id', 's.created_by')
        .where('s.project_id', '=', projectId)
        .select(['s.id', 's.held_on as heldOn', 's.notes', 'u.display_name as createdByName', 's.created_at as createdAt'])
        .orderBy('s.held_on', 'desc')
        .execute();
    },
    async insertSession(projectId: string, heldOn: string, notes: string, userId: string) {
      return (await db.insertInto('work_sessions').values({ project_id: projectId, held_on: heldOn, notes, created_by: userId }).returning('id').executeTakeFirstOrThrow()).id;
    },
  };
}
