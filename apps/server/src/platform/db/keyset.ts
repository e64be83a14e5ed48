import { sql, type RawBuilder } from 'kysely';

/**
 * A timestamp column as a page cursor's sort key: UTC to the microsecond, whatever the session's
 * time zone. A JavaScript Date keeps milliseconds only; a key cut to those would skip rows that fall
 * within the same millisecond (e.g. `created_at` defaults to `now()`).
 */
export function sortKey(column: string): RawBuilder<string> {
  return sql<string>`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}
