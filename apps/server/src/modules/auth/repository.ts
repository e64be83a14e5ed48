import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';

export function createAuthRepository(db: Db) {
  return {
    findUserByEmail(email: string) {
      return db
        .selectFrom('users')
        .where(sql`lower(email)`, '=', email.toLowerCase())
        .select(['id', 'password_hash as passwordHash', 'active'])
        .executeTakeFirst();
    },

    async recentFailures(column: 'email' | 'ip', value: string, windowMs: number) {
      const row = await db
        .selectFrom('login_attempts')
        .where(column, '=', value)
        .where('succeeded', '=', false)
        .where('attempted_at', '>', new Date(Date.now() - windowMs))
        .select([sql<number>`count(*)::int`.as('count'), sql<Date | null>`min(attempted_at)`.as('oldest')])
        .executeTakeFirstOrThrow();
      return row;
    },

    async recordAttempt(email: string, ip: string, succeeded: boolean) {
      await db.insertInto('login_attempts').values({ email, ip, succeeded }).execute();
    },

    async removeAttemptsBefore(moment: Date) {
      await db.deleteFrom('login_attempts').where('attempted_at', '<', moment).execute();
    },

    /** A successful log-in ends the count of earlier failures for that account. */
    async clearFailures(email: string) {
      await db.deleteFrom('login_attempts').where('email', '=', email).where('succeeded', '=', false).execute();
    },
  };
}
