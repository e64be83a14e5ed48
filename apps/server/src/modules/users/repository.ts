import { sql } from 'kysely';
import type { Locale, UserAccount } from '@thuis/domain';
import { ACCOUNT_RESOURCE } from '../../platform/audit/audit.js';
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
      return accounts()
        .orderBy(sql`lower(o.name)`)
        .orderBy(sql`lower(u.display_name)`)
        .execute();
    },
    find(id: string): Promise<UserAccount | undefined> {
      return accounts().where('u.id', '=', id).executeTakeFirst();
    },
    async emailTaken(email: string, exceptId?: string): Promise<boolean> {
      let query = db
        .selectFrom('users')
        .where(sql`lower(email)`, '=', email.toLowerCase())
        .select('id');
      if (exceptId) query = query.where('id', '<>', exceptId);
      return (await query.executeTakeFirst()) !== undefined;
    },
    /**
     * A new account's password was chosen by an administrator: its owner replaces it at first log-in,
     * unless the owner chose it (the first administrator, made on the command line).
     */
    async insert(values: UserValues, passwordHash: string, { chosenByOwner = false } = {}): Promise<string> {
      const row = await db
        .insertInto('users')
        .values({ ...columns(values), password_hash: passwordHash, must_change_password: !chosenByOwner })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async displayName(id: string): Promise<string> {
      return (await db.selectFrom('users').where('id', '=', id).select('display_name').executeTakeFirstOrThrow()).display_name;
    },
    async update(id: string, values: UserValues): Promise<void> {
      await db.updateTable('users').set(columns(values)).where('id', '=', id).execute();
    },
    async credentials(id: string) {
      return db.selectFrom('users').where('id', '=', id).select(['email', 'password_hash as passwordHash']).executeTakeFirst();
    },
    /** A password its owner chose: nothing left to replace. */
    async setPassword(id: string, passwordHash: string): Promise<void> {
      await db.updateTable('users').set({ password_hash: passwordHash, must_change_password: false }).where('id', '=', id).execute();
    },
    /** After a reset no password works (an empty hash never verifies) until the link is used. */
    async clearPassword(id: string): Promise<void> {
      await db.updateTable('users').set({ password_hash: '', must_change_password: false }).where('id', '=', id).execute();
    },
    /** One link at a time: a new reset makes earlier, unused links stop working. */
    async replaceResetToken(userId: string, tokenHash: string, createdBy: string, expiresAt: Date): Promise<void> {
      await db.deleteFrom('password_reset_tokens').where('user_id', '=', userId).where('used_at', 'is', null).execute();
      await db.insertInto('password_reset_tokens').values({ token_hash: tokenHash, user_id: userId, created_by: createdBy, expires_at: expiresAt }).execute();
    },
    /** Marks a link used and gives its user, once, while it has not expired; nothing for any other secret. */
    async claimResetToken(tokenHash: string): Promise<string | undefined> {
      const row = await db
        .updateTable('password_reset_tokens')
        .set({ used_at: sql`now()` })
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', sql<Date>`now()`)
        .returning('user_id')
        .executeTakeFirst();
      return row?.user_id;
    },
    /** Account events (audit lines of type `account`), newest first, of one account or of all. */
    accountEvents(filters: { userId?: string | undefined; before?: string | undefined; limit: number }) {
      let query = db
        .selectFrom('audit_log as a')
        .leftJoin('users as u', 'u.id', 'a.actor_user_id')
        .leftJoin('organisations as o', 'o.id', 'u.organisation_id')
        .leftJoin('users as s', (join) => join.on(sql`s.id::text`, '=', sql.ref('a.resource_id')))
        .where('a.resource_type', '=', ACCOUNT_RESOURCE)
        .select([
          'a.id',
          'a.occurred_at as at',
          'u.display_name as actorName',
          'o.name as actorOrganisation',
          'a.action',
          'a.resource_type as resourceType',
          'a.resource_id as resourceId',
          's.display_name as subjectName',
          'a.details',
        ]);
      if (filters.userId) query = query.where('a.resource_id', '=', filters.userId);
      if (filters.before) query = query.where('a.id', '<', filters.before);
      return query.orderBy('a.id', 'desc').limit(filters.limit).execute();
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
      const row = await db
        .selectFrom('users')
        .select(sql<number>`count(*)::int`.as('count'))
        .executeTakeFirstOrThrow();
      return row.count;
    },
  };
}
