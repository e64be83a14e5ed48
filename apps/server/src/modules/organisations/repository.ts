import { sql } from 'kysely';
import type { Organisation, OrganisationInput } from '@thuis/domain';
import type { Db } from '../../platform/db/database.js';

export function createOrganisationRepository(db: Db) {
  const withUserCount = () =>
    db.selectFrom('organisations as o').select([
      'o.id',
      'o.name',
      'o.type',
      (eb) =>
        eb
          .selectFrom('users as u')
          .whereRef('u.organisation_id', '=', 'o.id')
          .select(sql<number>`count(*)::int`.as('c'))
          .as('userCount'),
    ]);

  return {
    async list(): Promise<Organisation[]> {
      const rows = await withUserCount()
        .orderBy(sql`lower(o.name)`)
        .execute();
      return rows.map((r) => ({ ...r, userCount: r.userCount ?? 0 }));
    },

    async find(id: string): Promise<Organisation | undefined> {
      const row = await withUserCount().where('o.id', '=', id).executeTakeFirst();
      return row && { ...row, userCount: row.userCount ?? 0 };
    },

    async nameTaken(name: string, exceptId?: string): Promise<boolean> {
      let query = db
        .selectFrom('organisations')
        .where(sql`lower(name)`, '=', name.toLowerCase())
        .select('id');
      if (exceptId) query = query.where('id', '<>', exceptId);
      return (await query.executeTakeFirst()) !== undefined;
    },

    async idByName(name: string): Promise<string | undefined> {
      return (await db.selectFrom('organisations').where('name', '=', name).select('id').executeTakeFirst())?.id;
    },

    async insert(input: OrganisationInput): Promise<string> {
      const row = await db.insertInto('organisations').values(input).returning('id').executeTakeFirstOrThrow();
      return row.id;
    },

    async update(id: string, input: OrganisationInput): Promise<void> {
      await db.updateTable('organisations').set(input).where('id', '=', id).execute();
    },

    async remove(id: string): Promise<void> {
      await db.deleteFrom('organisations').where('id', '=', id).execute();
    },

    async isInUse(id: string): Promise<boolean> {
      const row = await sql<{ used: boolean }>`
        select exists (select 1 from users where organisation_id = ${id})
            or exists (select 1 from project_partners where organisation_id = ${id}) as used`.execute(db);
      return row.rows[0]?.used ?? false;
    },

    /** The project roles that members of this organisation hold. */
    async rolesHeldByMembers(id: string): Promise<string[]> {
      const rows = await db
        .selectFrom('project_members as m')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .where('u.organisation_id', '=', id)
        .select('m.role')
        .distinct()
        .execute();
      return rows.map((r) => r.role);
    },
  };
}
