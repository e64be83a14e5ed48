import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import { livesThereOn, visitDay } from '../households/lives-there.js';

export function createLetterRepository(db: Db) {
  return {
    template(projectId: string) {
      return db.selectFrom('letter_templates').where('project_id', '=', projectId).select(['subject', 'body']).executeTakeFirst();
    },
    async saveTemplate(projectId: string, subject: string, body: string, userId: string) {
      await db
        .insertInto('letter_templates')
        .values({ project_id: projectId, subject, body, updated_by: userId })
        .onConflict((oc) => oc.column('project_id').doUpdateSet({ subject, body, updated_by: userId, updated_at: sql`now()` }))
        .execute();
    },
    /** What each letter needs: the visit, its address, the household living there then, and the visitors. */
    async letterData(projectId: string, visitIds: readonly string[]) {
      const visits = await db
        .selectFrom('visits as v')
        .innerJoin('addresses as a', 'a.id', 'v.address_id')
        .where('v.project_id', '=', projectId)
        .where('v.id', 'in', visitIds)
        .select([
          'v.id',
          'v.starts_at as startsAt',
          'a.street',
          'a.house_number as houseNumber',
          'a.addition',
          'a.postcode',
          'a.city',
          sql<string | null>`(select c.name from households h join household_contacts c on c.household_id = h.id
            where h.address_id = a.id and ${livesThereOn('h', visitDay('v'))}
            order by h.moved_in_on desc nulls last limit 1)`.as('householdName'),
        ])
        .orderBy('a.street')
        .orderBy('a.house_number')
        .orderBy('a.addition')
        .execute();
      const visitors = visitIds.length
        ? await db
            .selectFrom('visit_visitors as vv')
            .innerJoin('users as u', 'u.id', 'vv.user_id')
            .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
            .where('vv.visit_id', 'in', visitIds)
            .select(['vv.visit_id as visitId', 'u.display_name as name', 'o.name as organisation'])
            .orderBy('u.display_name')
            .execute()
        : [];
      return visits.map((v) => ({ ...v, visitors: visitors.filter((x) => x.visitId === v.id) }));
    },
    async markSent(projectId: string, visitIds: readonly string[], userId: string) {
      if (!visitIds.length) return;
      await db
        .insertInto('letters_sent')
        .values(visitIds.map((visitId) => ({ visit_id: visitId, project_id: projectId, sent_by: userId })))
        .onConflict((oc) => oc.column('visit_id').doUpdateSet({ sent_by: userId }))
        .execute();
    },
  };
}
