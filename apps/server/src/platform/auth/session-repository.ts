import { sql } from 'kysely';
import type { Locale, OrganisationType } from '@thuis/domain';
import type { Db } from '../db/database.js';

export interface SessionActorRow {
  sessionId: string;
  lastSeenAt: Date;
  createdAt: Date;
  userId: string;
  organisationId: string;
  organisationName: string;
  organisationType: OrganisationType;
  displayName: string;
  email: string;
  isAdmin: boolean;
  canCreateProjects: boolean;
  locale: Locale;
  mustChangePassword: boolean;
}

export function createSessionRepository(db: Db) {
  return {
    async findActive(sessionId: string): Promise<SessionActorRow | undefined> {
      return db
        .selectFrom('sessions as s')
        .innerJoin('users as u', 'u.id', 's.user_id')
        .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
        .where('s.id', '=', sessionId)
        .where('s.expires_at', '>', sql<Date>`now()`)
        .where('u.active', '=', true)
        .select([
          's.id as sessionId',
          's.last_seen_at as lastSeenAt',
          's.created_at as createdAt',
          'u.id as userId',
          'u.organisation_id as organisationId',
          'o.name as organisationName',
          'o.type as organisationType',
          'u.display_name as displayName',
          'u.email',
          'u.is_admin as isAdmin',
          'u.can_create_projects as canCreateProjects',
          'u.locale',
          'u.must_change_password as mustChangePassword',
        ])
        .executeTakeFirst();
    },

    async create(sessionId: string, userId: string, expiresAt: Date): Promise<void> {
      await db.insertInto('sessions').values({ id: sessionId, user_id: userId, expires_at: expiresAt }).execute();
    },

    async touch(sessionId: string, expiresAt: Date): Promise<void> {
      await db
        .updateTable('sessions')
        .set({ last_seen_at: sql`now()`, expires_at: expiresAt })
        .where('id', '=', sessionId)
        .execute();
    },

    async remove(sessionId: string): Promise<void> {
      await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
    },

    async removeExpired(): Promise<void> {
      await db
        .deleteFrom('sessions')
        .where('expires_at', '<=', sql<Date>`now()`)
        .execute();
    },

    async removeAllOfUser(userId: string): Promise<void> {
      await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
    },

    /** The user's other devices sign out; the session that asked stays. */
    async removeOthersOfUser(userId: string, keepSessionId: string): Promise<void> {
      await db.deleteFrom('sessions').where('user_id', '=', userId).where('id', '<>', keepSessionId).execute();
    },
  };
}
export type SessionRepository = ReturnType<typeof createSessionRepository>;
