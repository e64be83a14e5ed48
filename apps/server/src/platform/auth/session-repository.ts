import { sql } from 'kysely';
import type { Locale, OrganisationType, ProjectRole } from '@thuis/domain';
import type { Db } from '../db/database.js';

export interface SessionActorRow {
  sessionId: string;
  lastSeenAt: Date;
  createdAt: Date;
  expiresAt: Date;
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
  /** The user's role in the project asked about (null: not a member); undefined when no project was asked about. */
  projectRole?: ProjectRole | null;
}

export function createSessionRepository(db: Db) {
  return {
    /**
     * The active session with its user and organisation and, for a project route, the user's role in
     * that project: everything a request needs to know about its caller, in one query.
     */
    async findActive(sessionId: string, projectId?: string): Promise<SessionActorRow | undefined> {
      const row = await db
        .selectFrom('sessions as s')
        .innerJoin('users as u', 'u.id', 's.user_id')
        .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
        .leftJoin('project_members as m', (join) => join.onRef('m.user_id', '=', 'u.id').on('m.project_id', '=', projectId ?? null))
        .where('s.id', '=', sessionId)
        .where('s.expires_at', '>', sql<Date>`now()`)
        .where('u.active', '=', true)
        .select([
          's.id as sessionId',
          's.last_seen_at as lastSeenAt',
          's.created_at as createdAt',
          's.expires_at as expiresAt',
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
          'm.role as projectRole',
        ])
        .executeTakeFirst();
      if (!row) return undefined;
      const { projectRole, ...rest } = row;
      return projectId === undefined ? rest : { ...rest, projectRole: projectRole ?? null };
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
