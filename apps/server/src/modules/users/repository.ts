import { sql } from 'kysely';
import type { Locale, UserAccount } from '@thuis/domain';
import type { Db } from '../../platform/db/database.js';

export interface UserValues {
  displayName: string;
  email: string;
  phone: string;
  organisationId: string;
  isAdmin: boolean;
  canCreateProjects: boolean;
  locale: Locale;
  active: boolean;
}

export function createUserRepository(db: Db) {
  const accounts = () =>
    db
      .selectFrom('users as u')
      .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
      .select([
        'u.id',
        'u.display_name as displayName',
        'u.email',
        'u.phone',
        'u.organisation_id as organisationId',
        'o.name as organisationName',
        'u.is_admin as isAdmin',
        'u.can_create_projects as canCreateProjects',
        'u.locale',
        'u.active',
      ]);

  const columns = (v: UserValues) => ({
    display_name: v.displayName,
    email: v.email.toLowerCase(),
    phone: v.phone,
    organisation_id: v.organisationId,
    is_admin: v.isAdmin,
    can_create_projects: v.canCreateProjects,
    locale: v.locale,
    active: v.active,
  });

  return {
    list(): Promise<UserAccount[]> {
      return accounts().orderBy(sql`lower(o.name)`).orderBy(sql`lower(u.display_name)`).execute();
    },
    find(id: string): Promise<UserAccount | undefined> {
      return accounts().where('u.id', '=', id).executeTakeFirst();
    },
    async emailTaken(email: string, exceptId?: string): Promise<boolean> {
      let query = db.selectFrom('users').where(sql`lower(email)`, '=', email.toLowerCase()).select('id');
      if (exceptId) query = query.where('id', '<>', exceptId);
      return (await query.executeTakeFirst()) !== undefined;
    },
    async insert(values: UserValues, passwordHash: string): Promise<string> {
      const row = await db
        .insertInto('users')
        .values({ ...columns(values), password_hash: passwordHash })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async update(id: string, values: UserValues, passwordHash?: string): Promise<void> {
      await db
        .updateTable('users')
        .set({ ...columns(values), ...(passwordHash ? { password_hash: passwordHash } : {}) })
        .where('id', '=', id)
        .execute();
    },
    async setLocale(id: string, locale: Locale): Promise<void> {
      await db.updateTable('users').set({ locale }).where('id', '=', id).execute();
    },
    async projectCount(id: string): Promise<number> {
      const row = await db
        .selectFrom('project_members')
        .where('user_id', '=', id)
        .select(sql<number>`count(*)::int`.as('count'))
        .executeTakeFirstOrThrow();
      return row.count;
    },
    async organisationType(organisationId: string) {
      const row = await db.selectFrom('organisations').where('id', '=', organisationId).select('type').executeTakeFirst();
      return row?.type;
    },
    async count(): Promise<number> {
      const row = await db.selectFrom('users').select(sql<number>`count(*)::int`.as('count')).executeTakeFirstOrThrow();
      return row.count;
    },
  };
}
