import { sql, type RawBuilder } from 'kysely';

/** SQL: the household (table alias) lived at its address on `day` (moved in by then, not yet out). */
export function livesThereOn(household: string, day: RawBuilder<unknown> = sql`current_date`) {
  const movedIn = sql.ref(`${household}.moved_in_on`);
  const movedOut = sql.ref(`${household}.moved_out_on`);
  return sql<boolean>`((${movedIn} is null or ${movedIn} <= ${day}) and (${movedOut} is null or ${movedOut} > ${day}))`;
}

/** SQL: the Amsterdam calendar day of a visit's start. */
export const visitDay = (visit: string) => sql`(${sql.ref(`${visit}.starts_at`)} at time zone 'Europe/Amsterdam')::date`;
