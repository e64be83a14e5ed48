import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';

export function createHealthRepository(db: Db) {
  return {
    /** Whether the database answers a trivial query. */
    isReachable(): Promise<boolean> {
      return sql`select 1`
        .execute(db)
        .then(() => true)
        .catch(() => false);
    },
  };
}
